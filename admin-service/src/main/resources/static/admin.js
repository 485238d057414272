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

// CSV upload: the file goes as it is (text/csv), the session's CSRF token in a header; the answer is
// the preview page (after a redirect) or this page again with the reason the file was refused.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-upload]').forEach(function (form) {
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var file = form.querySelector('input[type=file]').files[0];
            if (!file) { return; }
            var button = form.querySelector('button');
            button.disabled = true;
            button.textContent = 'Uploading…';
            fetch(form.action + '?fileName=' + encodeURIComponent(file.name), {
                method: 'POST', body: file, credentials: 'same-origin',
                headers: {'Content-Type': 'text/csv', 'X-CSRF-TOKEN': form.getAttribute('data-csrf')}
            }).then(function (response) {
                if (response.redirected) {
                    window.location.assign(response.url);
                    return;
                }
                return response.text().then(function (html) {
                    document.open();
                    document.write(html);
                    document.close();
                });
            });
        });
    });
});
