/**
 * The administration pages of the back office under {@code /panel/administracja/} (ADMINISTRATOR
 * only, by web.xml and again by every service): accounts and roles, the menu przedmiotowe, the
 * podmiot's settings and editors, the statutory pages' texts.
 */
package pl.metryka.interfaces.web.admin;
