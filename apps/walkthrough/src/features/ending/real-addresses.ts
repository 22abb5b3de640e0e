/** EU Login's real sign-in page, where the real setup starts. */
export const REAL_SIGN_IN_URL = 'https://webgate.ec.europa.eu/cas/login';
/** The page the EU Login app asks you to open on the PC while it is being linked. */
export const REAL_MOBILE_URL = 'https://webgate.ec.europa.eu/cas/mobile';
