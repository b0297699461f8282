namespace DanVan.Domain.Reporting;

/// <summary>
/// A quarter, a six-month or an annual review. Its data cut-off follows Nghị định 09/2019/NĐ-CP by default
/// (a quarter runs from the 15th of the month before it to the 14th of its last month); it opens for reporting,
/// is due, and closes: a report submitted after the due date is late, after the closing date only an
/// administrator can reopen reporting.
/// </summary>
public sealed class ReportingPeriod
{
    private ReportingPeriod()
    {
    }

    public int Id { get; private set; }

    public PeriodKind Kind { get; private set; }

    public int Year { get; private set; }

    /// <summary>The quarter (1–4) for a quarter, 1 for the first six months, 0 for an annual review.</summary>
    public int Number { get; private set; }

    public DateOnly DataFrom { get; private set; }

    public DateOnly DataTo { get; private set; }

    public DateOnly OpensOn { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateOnly ClosesOn { get; private set; }

    public static ReportingPeriod Quarter(int year, int quarter)
    {
        if (quarter is < 1 or > 4)
        {
            throw new DomainException("period.quarter");
        }

        var lastMonth = new DateOnly(year, quarter * 3, 1);
        return WithDefaults(PeriodKind.Quarter, year, quarter, lastMonth.AddMonths(-3).AddDays(14), lastMonth.AddDays(13));
    }

    public static ReportingPeriod SixMonths(int year) =>
        WithDefaults(PeriodKind.SixMonths, year, 1, new DateOnly(year - 1, 12, 15), new DateOnly(year, 6, 14));

    public static ReportingPeriod Annual(int year) =>
        WithDefaults(PeriodKind.Annual, year, 0, new DateOnly(year - 1, 12, 15), new DateOnly(year, 12, 14));

    /// <summary>The quarter whose data range contains <paramref name="day"/> (from the 15th of the quarter's last month, data belongs to the next quarter).</summary>
    public static ReportingPeriod QuarterContaining(DateOnly day)
    {
        var quarter = Quarter(day.Year, ((day.Month - 1) / 3) + 1);
        return day <= quarter.DataTo ? quarter : quarter.Next();
    }

    public static ReportingPeriod Create(PeriodKind kind, int year, int number, DateOnly dataFrom, DateOnly dataTo, DateOnly opensOn, DateOnly dueOn, DateOnly closesOn)
    {
        if (dataFrom > dataTo)
        {
            throw new DomainException("period.dataRange");
        }

        if (opensOn > dueOn || dueOn > closesOn)
        {
            throw new DomainException("period.dateOrder");
        }

        return new ReportingPeriod
        {
            Kind = kind,
            Year = year,
            Number = number,
            DataFrom = dataFrom,
            DataTo = dataTo,
            OpensOn = opensOn,
            DueOn = dueOn,
            ClosesOn = closesOn,
        };
    }

    /// <summary>Opens when its data range starts (drafting goes on through the period), due six days after the cut-off, closes fifteen days after that.</summary>
    private static ReportingPeriod WithDefaults(PeriodKind kind, int year, int number, DateOnly dataFrom, DateOnly dataTo)
    {
        var due = dataTo.AddDays(6);
        return Create(kind, year, number, dataFrom, dataTo, dataFrom, due, due.AddDays(15));
    }

    public ReportingPeriod Previous() => Kind switch
    {
        PeriodKind.Quarter => Number == 1 ? Quarter(Year - 1, 4) : Quarter(Year, Number - 1),
        PeriodKind.SixMonths => SixMonths(Year - 1),
        _ => Annual(Year - 1),
    };

    public ReportingPeriod Next() => Kind switch
    {
        PeriodKind.Quarter => Number == 4 ? Quarter(Year + 1, 1) : Quarter(Year, Number + 1),
        PeriodKind.SixMonths => SixMonths(Year + 1),
        _ => Annual(Year + 1),
    };

    /// <summary>
    /// Among <paramref name="periods"/>, the one of the same kind whose data range ends last before this one's: the period
    /// a report is compared with (previous quarter, previous six months, previous year); null when there is none.
    /// </summary>
    public ReportingPeriod? PreviousAmong(IEnumerable<ReportingPeriod> periods) =>
        periods.Where(p => p.Kind == Kind && p.DataTo < DataTo).MaxBy(p => p.DataTo);

    public bool IsOpen(DateTime nowUtc) => Hanoi.EndOfDayUtc(OpensOn.AddDays(-1)) <= nowUtc && !IsClosed(nowUtc);

    /// <summary>A submission is late when it arrives after the end of the due date in Hanoi.</summary>
    public bool IsLate(DateTime submittedAtUtc) => submittedAtUtc >= Hanoi.EndOfDayUtc(DueOn);

    public bool IsClosed(DateTime nowUtc) => nowUtc >= Hanoi.EndOfDayUtc(ClosesOn);

    public void Reschedule(DateOnly opensOn, DateOnly dueOn, DateOnly closesOn)
    {
        if (opensOn > dueOn || dueOn > closesOn)
        {
            throw new DomainException("period.dateOrder");
        }

        OpensOn = opensOn;
        DueOn = dueOn;
        ClosesOn = closesOn;
    }
}
