// Shows the report form's rule as the user types: a task marked done is 100 % complete, so choosing "done" sets the
// percent to 100 and locks it, and choosing another progress unlocks it. The server applies the same rule
// (ReportLine: a done line with another percent is refused), so without JavaScript nothing is changed silently either.
(function () {
    'use strict';

    document.querySelectorAll('input[data-percent-of]').forEach(function (percent) {
        var progress = document.getElementById(percent.dataset.percentOf);
        if (!progress) {
            return;
        }

        function apply() {
            var done = progress.value === 'Done';
            if (done) {
                percent.value = '100';
            }
            percent.readOnly = done;
        }

        progress.addEventListener('change', function () {
            apply();
            percent.dispatchEvent(new Event('input', { bubbles: true }));
        });
        apply();
    });
})();
