export { Byline, buildMedicalWebPageJsonLd, type BylinePerson, type BylineProps } from './Byline';
