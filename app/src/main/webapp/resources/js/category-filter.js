/* The category picker's filter: hides the options (and empty groups) of a category <select> whose
   name, or whose top-level group's name, does not contain the typed words; case and Polish
   diacritics do not matter ("lokal" finds "Prawo lokalne", "oswiadczenia" finds "Oświadczenia"). */
(function () {
    function plain(text) {
        return (text || '').toLowerCase().replace(/ł/g, 'l').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
            .replace(/[\u00a0–]/g, ' ').replace(/\s+/g, ' ').trim();
    }
    function apply(box, select, status) {
        var words = plain(box.value).split(' ').filter(Boolean);
        var shown = 0;
        select.querySelectorAll('option').forEach(function (option) {
            if (!option.value) {
                return;
            }
            var group = option.parentElement.tagName === 'OPTGROUP' ? option.parentElement.label : '';
            var text = plain(option.textContent + ' ' + group);
            var match = words.every(function (w) { return text.indexOf(w) >= 0; });
            option.hidden = !match;
            if (match) {
                shown++;
            }
        });
        select.querySelectorAll('optgroup').forEach(function (group) {
            group.hidden = !group.querySelector('option:not([hidden])');
        });
        status.textContent = words.length ? status.dataset.found.replace('{0}', shown) : '';
    }
    function init() {
        document.querySelectorAll('.category-filter').forEach(function (holder) {
            var select = document.getElementById(holder.dataset.select);
            var box = holder.querySelector('input');
            var status = holder.querySelector('[role=status]');
            if (!select || !box || holder.dataset.ready) {
                return;
            }
            holder.dataset.ready = 'yes';
            status.dataset.found = holder.dataset.found;
            holder.hidden = false;
            box.addEventListener('input', function () { apply(box, select, status); });
        });
    }
    document.addEventListener('DOMContentLoaded', init);
    window.addEventListener('load', init);
})();
