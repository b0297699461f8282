using DanVan.Domain;
using DanVan.Web.Dashboard;
using DanVan.Web.Localization;

namespace DanVan.Web.Exports;

public sealed partial class DashboardWorkbook
{
    /// <summary>Rows × task numbers; an agency's cell is its line's status, a unit's cell its worst status and lines done / reported.</summary>
    private SheetTable Matrix(Matrix matrix)
    {
        var sheet = new SheetTable(l["Matrix"], [l["Unit or agency"], .. matrix.Tasks.Select(t => t.Number)]);
        foreach (var row in matrix.Rows)
        {
            sheet.Add([row.Name, .. row.Cells.Select(cell => cell is null ? SheetCell.Empty : MatrixCell(row, cell))]);
        }

        return sheet;
    }

    private string MatrixCell(MatrixRow row, MatrixCell cell)
    {
        var label = cell.Status is { } status ? l.Label(status) : l["Not reported yet"].Value;
        if (row.AgencyId is null)
        {
            return l["{0}: {1} of {2} lines reported are done", label, cell.Done, cell.Reported];
        }

        return cell.Unchanged ? l["{0} – unchanged from last period", label] : label;
    }

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
