// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', function () {
    // "Select all" checkbox on change lists.
    var all = document.querySelector('input[data-select-all]');
    if (all) {
        all.addEventListener('change', function () {
            document.querySelectorAll('input[name="selected"]').forEach(function (box) {
                box.checked = all.checked;
            });
        });
    }
    // Filter selects submit their form when changed.
    document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
        select.addEventListener('change', function () { select.form.submit(); });
    });
});

// Category picker: a filter box narrows a long <select> as you type.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input.picker-filter').forEach(function (box) {
        var select = document.getElementById(box.getAttribute('data-filters'));
        if (!select) { return; }
        box.hidden = false;
        box.addEventListener('input', function () {
            var needle = box.value.toLowerCase();
            Array.prototype.forEach.call(select.options, function (option) {
                option.hidden = option.value !== '' && needle !== '' && option.text.toLowerCase().indexOf(needle) < 0;
            });
        });
    });
});
