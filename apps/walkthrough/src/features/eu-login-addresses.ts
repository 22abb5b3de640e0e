/**
 * EU Login's real addresses, shown on the pretend screens so the person recognises them on the real thing (the
 * rehearsal never requests them). Sources: the research notes on EU Login's flows.
 */
export const CAS = 'https://webgate.ec.europa.eu/cas';
export const SIGN_IN_PAGE = `${CAS}/login`;
/** The page the app asks you to open on the PC to add it as a device. */
export const MOBILE_PAGE = `${CAS}/mobile`;
export const REGISTER_PAGE = `${CAS}/eim/external/register.cgi`;
/** Where the links in EU Login's mails lead: the page that sets a (new) password. */
export const PASSWORD_PAGE = `${CAS}/init/initialisePasswordLogin.cgi`;
export const RESET_REQUEST_PAGE = `${CAS}/init/passwordResetRequest.cgi`;
/** The host a browser's own security-key dialog names. */
export const EU_LOGIN_HOST = new URL(CAS).host;
