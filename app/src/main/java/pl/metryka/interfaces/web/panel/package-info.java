/**
 * The clerks' back office under {@code /panel/}: login form, layout and navigation by role, the
 * desk, documents, the editor and publishing, password change. Pages call the same application
 * services as the REST API; every action is checked again there by role.
 */
package pl.metryka.interfaces.web.panel;
