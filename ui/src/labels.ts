/** Arabic labels for the UI (PLOVER types, modalities, layer kinds). */
export const TYPE_AR: Record<string, string> = {
  AGREE: 'اتفاق', CONSULT: 'تشاور', SUPPORT: 'دعم', CONCEDE: 'تنازل', COOPERATE: 'تعاون', AID: 'مساعدة',
  RETREAT: 'انسحاب', REQUEST: 'مطالبة', ACCUSE: 'اتهام', REJECT: 'رفض', THREATEN: 'تهديد', PROTEST: 'احتجاج',
  SANCTION: 'عقوبات', MOBILIZE: 'تعبئة', COERCE: 'إكراه', ASSAULT: 'اعتداء',
};
export const MODALITY_AR: Record<string, string> = {
  asserted: 'وقع', expected: 'متوقع', negated: 'منفي', reported: 'منقول', hypothetical: 'افتراضي',
};
export const QUAD_AR: Record<number, string> = { 1: 'تعاون لفظي', 2: 'تعاون مادي', 3: 'نزاع لفظي', 4: 'نزاع مادي' };
export const ENTITY_AR: Record<string, string> = { PER: 'شخص', ORG: 'منظمة', LOC: 'مكان', MISC: 'أخرى' };
export const TYPES = Object.keys(TYPE_AR);
/** One colour per PLOVER type (cooperation in blues and greens, conflict in oranges and reds). */
export const TYPE_COLOR: Record<string, string> = {
  AGREE: '#1f77b4', CONSULT: '#4e9fd1', SUPPORT: '#2ca02c', CONCEDE: '#98df8a', COOPERATE: '#17becf', AID: '#9edae5',
  RETREAT: '#bcbd22', REQUEST: '#dbdb8d', ACCUSE: '#ff9896', REJECT: '#ffbb78', THREATEN: '#ff7f0e', PROTEST: '#e377c2',
  SANCTION: '#8c564b', MOBILIZE: '#9467bd', COERCE: '#c5b0d5', ASSAULT: '#d62728',
};
