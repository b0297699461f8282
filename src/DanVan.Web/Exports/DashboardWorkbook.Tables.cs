using DanVan.Domain;
using DanVan.Web.Dashboard;
using DanVan.Web.Localization;
using TaskStatus = DanVan.Domain.Reporting.TaskStatus;

namespace DanVan.Web.Exports;

public sealed partial class DashboardWorkbook
{
    /// <summary>
    /// Rows × task numbers in compact cells: an agency's cell is its line's status as a symbol on the status's fill ("="
    /// after it when the results repeat the previous period's), a unit's cell its worst status the same way with lines done
    /// / lines reported; a legend below the table says what each symbol and fill means.
    /// </summary>
    private SheetTable Matrix(Matrix matrix)
    {
        var sheet = new SheetTable(l["Matrix"], [l["Unit or agency"], .. matrix.Tasks.Select(t => t.Number)]);
        foreach (var row in matrix.Rows)
        {
            sheet.Add([row.Name, .. row.Cells.Select(cell => cell is null ? SheetCell.Empty : MatrixCell(row, cell))]);
        }

        sheet.Note(l["Legend"]);
        foreach (var status in DashboardQueries.StatusesBestFirst)
        {
            sheet.Note(SheetCell.Marked(Symbol(status), Fill(status)), l.Label(status));
        }

        return sheet
            .Note(SheetCell.Marked(Symbol(null), Fill(null)), l["Not reported yet"])
            .Note(SheetCell.Marked($"{Symbol(TaskStatus.InProgress)} 2/3", Fill(TaskStatus.InProgress)), l["A unit's cell: the symbol and colour of its agencies' worst status, then lines done / lines reported."])
            .Note(SheetCell.Marked($"{Symbol(TaskStatus.InProgress)} =", Fill(TaskStatus.InProgress)), l["\"=\" after the symbol: the results repeat the previous period's."])
            .Note(SheetCell.Empty, l["An empty cell: the task is not assigned there."]);
    }

    private static SheetCell MatrixCell(MatrixRow row, MatrixCell cell)
    {
        var symbol = Symbol(cell.Status);
        var text = row.AgencyId is null
            ? cell.Reported == 0 ? symbol : $"{symbol} {cell.Done}/{cell.Reported}"
            : cell.Unchanged ? $"{symbol} =" : symbol;
        return SheetCell.Marked(text, Fill(cell.Status));
    }

    /// <summary>A status's symbol, the same in every language; null is a task not reported on yet.</summary>
    private static string Symbol(TaskStatus? status) => status switch
    {
        TaskStatus.DoneOnTime => "✓",
        TaskStatus.DoneLate => "(✓)",
        TaskStatus.InProgress => "…",
        TaskStatus.NotStarted => "○",
        TaskStatus.Overdue => "✗",
        _ => "–",
    };

    private static SheetFill Fill(TaskStatus? status) => status switch
    {
        TaskStatus.DoneOnTime => SheetFill.Green,
        TaskStatus.DoneLate => SheetFill.PaleGreen,
        TaskStatus.InProgress => SheetFill.Blue,
        TaskStatus.NotStarted => SheetFill.Yellow,
        TaskStatus.Overdue => SheetFill.Red,
        _ => SheetFill.Grey,
    };

    private SheetTable Indicators(DashboardView view, IndicatorFigures indicators)
    {
        var sheet = new SheetTable(
            l["Indicators"],
            [l["Task"], l["Indicator"], l["Unit of measure"], l["Total"], .. indicators.Units.Select(c => RowName(view, c.UnitId, c.Name))]);
        foreach (var row in indicators.Rows)
        {
            sheet.Add([row.TaskNumber, row.Name, row.Unit, SheetCell.Of(row.Total.Value), .. row.ByUnit.Select(f => SheetCell.Of(f.Value))]);
        }

        return sheet;
    }

    private SheetTable Trend(DashboardView view, IndicatorFigures indicators)
    {
        var sheet = new SheetTable(
            l["Indicator trend"],
            [l["Task"], l["Indicator"], l["Unit of measure"], .. view.TrendPeriods.Select(p => l.PeriodName(p))]);
        foreach (var row in indicators.Rows)
        {
            sheet.Add([row.TaskNumber, row.Name, row.Unit, .. row.Trend.Select(f => SheetCell.Of(f.Value))]);
        }

        return sheet;
    }

    private SheetTable Missing(DashboardLists lists)
    {
        var sheet = new SheetTable(l["Not submitted"], [l["Agency"], l["Unit"], l["Head"]]);
        foreach (var agency in lists.Missing.Items)
        {
            sheet.Add(agency.Name, agency.UnitName, agency.HeadName);
        }

        return sheet;
    }

    private SheetTable Overdue(DashboardLists lists)
    {
        var sheet = new SheetTable(l["Overdue tasks"], [l["Agency"], l["Task"], l["Task title"], l["Due"], l["Percent complete"]]);
        foreach (var line in lists.Overdue.Items)
        {
            sheet.Add(line.AgencyName, line.TaskNumber, line.TaskTitle, line.DueOn, SheetCell.Rate(line.Percent / 100.0));
        }

        return sheet;
    }

    private SheetTable Waiting(DashboardLists lists)
    {
        var sheet = new SheetTable(l["Waiting longest"], [l["Agency"], l["Submitted"], l["Timeliness"]]);
        foreach (var report in lists.Waiting.Items)
        {
            sheet.Add(report.AgencyName, SheetCell.Of(Hanoi.ToLocal(report.SubmittedAtUtc)), report.IsLate ? l["Late"] : l["On time"]);
        }

        return sheet;
    }
}
