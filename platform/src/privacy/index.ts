export { blockAddress } from './block-address';
export {
  EMAIL_PLACEHOLDER,
  NUMBER_PLACEHOLDER,
  PHONE_PLACEHOLDER,
  type ScrubOptions,
  scrubPersonalText,
} from './scrub-personal-text';
