/** The package version, sent in the User-Agent. A unit test keeps it equal to package.json. */
export const PACKAGE_VERSION = '0.2.0';
