/* Back office: names for the parts of the rich-text editor that Quill draws itself (for screen readers and axe). */
(function () {
    function label() {
        document.querySelectorAll('.ql-toolbar .ql-picker-label').forEach(function (el) {
            if (!el.getAttribute('aria-label')) {
                var select = el.closest('.ql-picker');
                var original = select && select.previousElementSibling;
                el.setAttribute('aria-label', original && original.getAttribute('aria-label') || 'Format');
            }
        });
        document.querySelectorAll('.ql-toolbar .ql-picker-item').forEach(function (el) {
            if (!el.getAttribute('aria-label')) {
                el.setAttribute('aria-label', el.getAttribute('data-label') || el.textContent || 'Akapit');
            }
        });
        document.querySelectorAll('.ql-editor').forEach(function (el) {
            var holder = el.closest('.ui-texteditor');
            var by = holder && holder.getAttribute('aria-labelledby');
            if (by && !el.getAttribute('aria-labelledby')) {
                el.setAttribute('aria-labelledby', by);
                el.setAttribute('role', 'textbox');
                el.setAttribute('aria-multiline', 'true');
            }
        });
    }
    /*
     * No keyboard trap (WCAG 2.1.2): Quill binds Tab to "insert a tab character" (and to indenting
     * lists), so a keyboard-only clerk could never leave the body for the attachments or the save
     * button. Stopping Tab in the capture phase, before it reaches Quill's own listener, and not
     * preventing its default lets the browser move focus as in any other field; Shift+Tab likewise.
     * It works whenever the editor is drawn (PrimeFaces may draw it after this script has run).
     * The body keeps no tabs or list indents (the sanitizer drops them), so nothing is lost.
     */
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey
                && event.target.closest && event.target.closest('.ql-editor')) {
            event.stopPropagation();
        }
    }, true);
    document.addEventListener('DOMContentLoaded', function () { label(); setTimeout(label, 0); setTimeout(label, 300); });
    window.addEventListener('load', label);
})();
