// Keeps a copy of unsaved typing in the report form in localStorage, keyed by report and version
// ("danvan:report:{reportId}:{rowVersion}"), and offers to restore it after a reload or a dropped connection.
// The copy is cleared once the server has saved the report (the page after the save carries data-saved-version).
(function () {
    'use strict';

    var form = document.getElementById('report-form');
    var banner = document.getElementById('draft-restore');
    if (!form || !banner || !window.localStorage) {
        return;
    }

    var prefix = 'danvan:report:' + form.dataset.reportId + ':';
    var key = prefix + form.dataset.rowVersion;
    var skipped = ['__RequestVerificationToken', 'Input.RowVersion', 'Input.SubmissionToken'];

    function fields() {
        return Array.prototype.filter.call(form.elements, function (el) {
            return el.name && skipped.indexOf(el.name) < 0 && el.type !== 'hidden' && el.type !== 'submit' && el.type !== 'button';
        });
    }

    function values() {
        var result = {};
        fields().forEach(function (el) { result[el.name] = el.value; });
        return result;
    }

    function differs(copy) {
        var current = values();
        return Object.keys(copy).some(function (name) {
            return Object.prototype.hasOwnProperty.call(current, name) && current[name] !== copy[name];
        });
    }

    function keysOfThisReport() {
        var keys = [];
        for (var i = 0; i < localStorage.length; i++) {
            var k = localStorage.key(i);
            if (k && k.indexOf(prefix) === 0) {
                keys.push(k);
            }
        }
        return keys;
    }

    function read(k) {
        try {
            var copy = JSON.parse(localStorage.getItem(k) || 'null');
            return copy && copy.values ? copy : null;
        } catch (e) {
            return null;
        }
    }

    // The server saved: every copy typed on an older version of this report is now in the database.
    if (form.dataset.savedVersion) {
        keysOfThisReport().forEach(function (k) {
            if (k !== key) {
                localStorage.removeItem(k);
            }
        });
    }

    // The copy for this version, or else the latest copy typed on an older version (e.g. before a colleague saved).
    var found = keysOfThisReport().map(function (k) { return { key: k, copy: read(k) }; })
        .filter(function (c) { return c.copy && differs(c.copy.values); })
        .sort(function (a, b) { return (a.key === key ? 1 : 0) - (b.key === key ? 1 : 0) || a.copy.at - b.copy.at; })
        .pop();

    if (found) {
        banner.hidden = false;
        banner.addEventListener('click', function (event) {
            var action = event.target.getAttribute('data-draft-action');
            if (action === 'restore') {
                fields().forEach(function (el) {
                    if (Object.prototype.hasOwnProperty.call(found.copy.values, el.name)) {
                        el.value = found.copy.values[el.name];
                    }
                });
                store();
            } else if (action === 'discard') {
                localStorage.removeItem(found.key);
            } else {
                return;
            }
            banner.hidden = true;
        });
    }

    var timer = null;
    function store() {
        try {
            localStorage.setItem(key, JSON.stringify({ at: Date.now(), values: values() }));
        } catch (e) {
            // Storage full or disabled: the form still works, only without the local copy.
        }
    }

    function schedule() {
        window.clearTimeout(timer);
        timer = window.setTimeout(store, 400);
    }

    form.addEventListener('input', schedule);
    form.addEventListener('change', schedule);
})();
