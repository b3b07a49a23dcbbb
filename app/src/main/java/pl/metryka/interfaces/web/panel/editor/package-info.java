/**
 * The document editor, {@code /panel/edytor.xhtml}: the page bean and its step machine, the form,
 * its attachments, the withdraw/archive/schedule form, the conflict and the preview. Split so that
 * each piece can be read (and the step machine tested) alone; every action still goes through
 * the application services, which check the role.
 */
package pl.metryka.interfaces.web.panel.editor;
