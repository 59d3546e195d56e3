export {
  Screener,
  type ScreenerCtaClickDetail,
  type ScreenerItem,
  type ScreenerOption,
  type ScreenerProps,
} from './Screener';
