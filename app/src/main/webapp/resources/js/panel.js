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
    document.addEventListener('DOMContentLoaded', function () { label(); setTimeout(label, 0); setTimeout(label, 300); });
    window.addEventListener('load', label);
})();
