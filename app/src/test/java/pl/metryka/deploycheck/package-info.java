/**
 * The HTTP side of the scripted deployment checks in {@code deploy/}: they start MariaDB and
 * Metryka instances, and these programs drive and inspect them through the public API only.
 * Run by the scripts with the test class path; not tests themselves.
 */
package pl.metryka.deploycheck;
