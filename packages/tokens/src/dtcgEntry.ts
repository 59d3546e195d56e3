// `@clinic-ui/tokens/dtcg`: the tokens in the Design Tokens Community Group format (2025.10).
export { toDtcg, tokenTypes, cssColorToDtcg } from './dtcg';
export type { DtcgColor, DtcgGroup, DtcgMeasure, DtcgShadow, DtcgToken, DtcgType } from './dtcg';
export { fromDtcg, validateDtcg } from './dtcgRead';
export { tokenDescriptions } from './descriptions';
