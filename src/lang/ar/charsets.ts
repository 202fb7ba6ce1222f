/**
 * Character sets for Arabic text, named as in CAMeL Tools' `camel_tools/utils/charsets.py`
 * (`AR_LETTERS_CHARSET`, `AR_DIAC_CHARSET`, `AR_CHARSET`) plus the sets rasd's normaliser and
 * tokeniser need. Every set holds single UTF-16 code units (all are in the BMP).
 */

/** Builds a frozen set of single characters from a string of characters and `a-b` code point ranges. */
function charset(...parts: ReadonlyArray<string | readonly [number, number]>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const p of parts) {
    if (typeof p === 'string') for (const ch of p) out.add(ch);
    else for (let c = p[0]; c <= p[1]; c++) out.add(String.fromCharCode(c));
  }
  return out;
}

/** The camel_tools Arabic letters: U+0621–U+063A, U+0640 (tatweel), U+0641–U+064A, U+0671, U+067E, U+0686, U+06A4, U+06AF. */
export const AR_LETTERS_CHARSET: ReadonlySet<string> = charset([0x0621, 0x063a], [0x0640, 0x064a], '\u0671\u067e\u0686\u06a4\u06af');

/**
 * The camel_tools Arabic diacritics removed by `dediac_ar`: tanween U+064B–U+064D, fatha, damma,
 * kasra, shadda, sukun U+064E–U+0652 and superscript (dagger) alef U+0670. Tatweel is *not* in it.
 */
export const AR_DIAC_CHARSET: ReadonlySet<string> = charset([0x064b, 0x0652], '\u0670');

/** `AR_LETTERS_CHARSET ∪ AR_DIAC_CHARSET`, as camel_tools' `AR_CHARSET`. */
export const AR_CHARSET: ReadonlySet<string> = new Set([...AR_LETTERS_CHARSET, ...AR_DIAC_CHARSET]);

/** Tatweel (kashida) U+0640, a stretching character with no linguistic value. */
export const TATWEEL = '\u0640';

/** The alef variants camel_tools' `normalize_alef_ar` folds to bare alef: إ U+0625, أ U+0623, ٱ U+0671, آ U+0622. */
export const AR_ALEF_VARIANTS_CHARSET: ReadonlySet<string> = charset('\u0625\u0623\u0671\u0622');

/** Bare alef U+0627. */
export const AR_ALEF = '\u0627';
/** Alef maksura U+0649 (folded to yeh by `normalizeAlefMaksuraAr`). */
export const AR_ALEF_MAKSURA = '\u0649';
/** Yeh U+064A. */
export const AR_YEH = '\u064a';
/** Teh marbuta U+0629 (folded to heh by `normalizeTehMarbutaAr`). */
export const AR_TEH_MARBUTA = '\u0629';
/** Heh U+0647. */
export const AR_HEH = '\u0647';

/**
 * Arabic combining marks beyond `AR_DIAC_CHARSET` that rasd's match view also drops (after NFKC has
 * composed alef/waw/yeh + hamza or madda): honorific and Quranic signs U+0610–U+061A, madda and
 * hamza above/below and other marks U+0653–U+065F, Quranic annotation marks U+06D6–U+06DC,
 * U+06DF–U+06E4, U+06E7–U+06E8, U+06EA–U+06ED and the Arabic Extended-A marks U+08D3–U+08E1, U+08E3–U+08FF.
 */
export const AR_EXTRA_MARKS_CHARSET: ReadonlySet<string> = charset(
  [0x0610, 0x061a],
  [0x0653, 0x065f],
  [0x06d6, 0x06dc],
  [0x06df, 0x06e4],
  [0x06e7, 0x06e8],
  [0x06ea, 0x06ed],
  [0x08d3, 0x08e1],
  [0x08e3, 0x08ff],
);

/** The marks that compose with a preceding letter under NFC/NFKC: madda above U+0653, hamza above U+0654, hamza below U+0655. */
export const AR_COMPOSING_MARKS_CHARSET: ReadonlySet<string> = charset([0x0653, 0x0655]);

/**
 * Arabic presentation forms of the diacritics (U+FE70–U+FE7F: isolated forms, which NFKC turns into
 * a space + mark, and tatweel + mark medial forms). The match view drops them whole.
 */
export const AR_PRESENTATION_DIAC_CHARSET: ReadonlySet<string> = charset([0xfe70, 0xfe74], [0xfe76, 0xfe7f]);

/** Arabic-Indic digits ٠–٩ (U+0660–U+0669), index = digit value. */
export const AR_INDIC_DIGITS = '\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669';
/** Extended Arabic-Indic (Persian/Urdu) digits ۰–۹ (U+06F0–U+06F9), index = digit value. */
export const PERSIAN_DIGITS = '\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9';

/** Arabic decimal separator ٫ U+066B. */
export const AR_DECIMAL_SEPARATOR = '\u066b';
/** Arabic thousands separator ٬ U+066C. */
export const AR_THOUSANDS_SEPARATOR = '\u066c';
/** Arabic percent sign ٪ U+066A. */
export const AR_PERCENT = '\u066a';

/**
 * Invisible formatting characters dropped by `removeBidiAndZeroWidth`: zero width space, non-joiner,
 * joiner, LRM, RLM (U+200B–U+200F), bidi embeddings and overrides (U+202A–U+202E), bidi isolates
 * (U+2066–U+2069), BOM / zero width no-break space U+FEFF, Arabic letter mark U+061C and soft hyphen U+00AD.
 */
export const BIDI_ZERO_WIDTH_CHARSET: ReadonlySet<string> = charset(
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
  '\ufeff\u061c\u00ad',
);

/** Arabic punctuation: comma ، U+060C, semicolon ؛ U+061B, question mark ؟ U+061F, full stop ۔ U+06D4, percent ٪ U+066A. */
export const AR_PUNCT_CHARSET: ReadonlySet<string> = charset('\u060c\u061b\u061f\u06d4\u066a');

/**
 * Sentence-final punctuation: `.` `!` `?`, Arabic question mark ؟, ellipsis …, Arabic full stop ۔
 * and the doubled marks ‼ ⁇ ⁈ ⁉.
 */
export const SENTENCE_FINAL_CHARSET: ReadonlySet<string> = charset('.!?\u061f\u2026\u06d4\u203c\u2047\u2048\u2049');
