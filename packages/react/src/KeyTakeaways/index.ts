export { KeyTakeaways, type KeyTakeawaysProps } from './KeyTakeaways';
