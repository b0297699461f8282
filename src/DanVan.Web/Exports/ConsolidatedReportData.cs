using DanVan.Web.Dashboard;

namespace DanVan.Web.Exports;

/// <summary>Everything the consolidated report shows: the dashboard's figures for the view, the words behind them, and who issues it.</summary>
public sealed record ConsolidatedReportData(
    DashboardView View,
    Issuer Issuer,
    ReportingFigures Reporting,
    TaskStatusCounts Statuses,
    IndicatorFigures Indicators,
    DashboardLists Lists,
    Narrative Narrative,
    DateOnly Today)
{
    public ReportFormat Format => OfficialFormat.For(Issuer.Kind);

    public PageLayout Layout => OfficialFormat.Layout(Format);

    /// <summary>The unit the figures cover, as written inside a sentence ("thành phố Hà Nội", "quận Hoàn Kiếm").</summary>
    public string Area => View.Unit.Name.Length == 0 ? string.Empty : string.Concat(char.ToLowerInvariant(View.Unit.Name[0]).ToString(), View.Unit.Name.AsSpan(1));

    public string Period => ConsolidatedReportText.PeriodPhrase(View.Period);

    /// <summary>"Kết quả thực hiện Chỉ thị số 07-CT/TU của Ban Thường vụ Thành ủy Hà Nội trên địa bàn thành phố Hà Nội, quý IV năm 2026".</summary>
    public string Subject => $"Kết quả thực hiện Chỉ thị số {View.Directive.Code} của {View.Directive.IssuingBody} trên địa bàn {Area}, {Period}";

    /// <summary>The difficulties of the period, near-identical ones grouped, the most raised first.</summary>
    public RaisedSummary Difficulties => Narrative.Difficulties;

    /// <summary>The proposals of the period, grouped like <see cref="Difficulties"/>.</summary>
    public RaisedSummary Proposals => Narrative.Proposals;

    /// <summary>The indicator's figure in the previous period of the trend; null when there is no previous period.</summary>
    public IndicatorFigure? Previous(IndicatorRow row)
    {
        var index = View.PreviousPeriod is { } previous ? View.TrendPeriods.ToList().FindIndex(p => p.Id == previous.Id) : -1;
        return index >= 0 && index < row.Trend.Count ? row.Trend[index] : null;
    }
}
