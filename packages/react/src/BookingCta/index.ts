export { BookingCta, type BookingCtaClickDetail, type BookingCtaProps } from './BookingCta';
