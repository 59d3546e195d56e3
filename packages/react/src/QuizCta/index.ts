export {
  QuizCta,
  QuizCtaGroup,
  type QuizCtaClickDetail,
  type QuizCtaGroupProps,
  type QuizCtaProps,
} from './QuizCta';
