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
