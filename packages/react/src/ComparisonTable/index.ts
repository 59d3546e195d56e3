export {
  ComparisonTable,
  type ComparisonCriterion,
  type ComparisonOption,
  type ComparisonTableProps,
} from './ComparisonTable';
