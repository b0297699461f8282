// Asks before irreversible actions and warns before leaving a form with unsaved typing.
// - A submit button with data-confirm="text" opens the confirmation dialog (#confirm-dialog) with that text; "{count}"
//   in the text becomes the number of checked boxes named by the button's data-confirm-count (a CSS selector). The form
//   is sent, with that button, only when the user confirms.
// - A form with data-warn-unsaved makes the browser ask before the page is left once something has been typed in it,
//   unless the form itself is being sent.
(function () {
    'use strict';

    var dialogElement = document.getElementById('confirm-dialog');
    var pending = null;

    function confirmed(button) {
        return button.dataset.confirmed === 'true';
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest('button[data-confirm]');
        if (!button || !dialogElement || !window.bootstrap || confirmed(button)) {
            return;
        }

        event.preventDefault();
        var text = button.dataset.confirm;
        if (button.dataset.confirmCount) {
            var count = document.querySelectorAll(button.dataset.confirmCount + ':checked').length;
            if (count === 0) {
                return;
            }
            text = text.replace('{count}', String(count));
        }

        pending = button;
        dialogElement.querySelector('[data-confirm-text]').textContent = text;
        window.bootstrap.Modal.getOrCreateInstance(dialogElement).show();
    });

    if (dialogElement) {
        dialogElement.querySelector('[data-confirm-ok]').addEventListener('click', function () {
            var button = pending;
            pending = null;
            window.bootstrap.Modal.getOrCreateInstance(dialogElement).hide();
            if (button) {
                button.dataset.confirmed = 'true';
                button.click();
                delete button.dataset.confirmed;
            }
        });
        dialogElement.addEventListener('hidden.bs.modal', function () { pending = null; });
    }

    var sending = false;
    var dirty = false;
    document.querySelectorAll('form[data-warn-unsaved]').forEach(function (form) {
        form.addEventListener('input', function () { dirty = true; });
        form.addEventListener('submit', function () { sending = true; });
    });
    window.addEventListener('beforeunload', function (event) {
        if (dirty && !sending) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
})();
