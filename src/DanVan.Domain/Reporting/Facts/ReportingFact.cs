using DanVan.Domain.Organization;

namespace DanVan.Domain.Reporting.Facts;

/// <summary>
/// The read model behind every figure: one row per agency expected to report on a directive in a period, in the
/// structure of that period's time (the agency's unit, path, name and kind at the period's data cut-off), with what the
/// agency last <em>submitted</em>. Typing in a draft changes no fact; the facts are rewritten in the same transaction as
/// a submission, review, reopening, assignment change or restructuring.
/// </summary>
public sealed class ReportingFact : IFactDimensions
{
    public const int AgencyNameLength = Agency.NameLength;

    private readonly List<ReportingFactLine> _lines = [];

    private ReportingFact()
    {
        UnitPath = string.Empty;
        AgencyName = string.Empty;
    }

    public ReportingFact(int periodId, int directiveId, int agencyId, string agencyName, AgencyKind kind, int unitId, string unitPath, UnitLevel level)
    {
        PeriodId = periodId;
        DirectiveId = directiveId;
        AgencyId = agencyId;
        AgencyName = agencyName;
        Kind = kind;
        UnitId = unitId;
        UnitPath = unitPath;
        Level = level;
    }

    public long Id { get; private set; }

    public int PeriodId { get; private set; }

    public int DirectiveId { get; private set; }

    public int AgencyId { get; private set; }

    /// <summary>The agency's name at the period's cut-off.</summary>
    public string AgencyName { get; private set; }

    public AgencyKind Kind { get; private set; }

    public int UnitId { get; private set; }

    /// <summary>The path of the agency's unit in the period's tree (codes from the root).</summary>
    public string UnitPath { get; private set; }

    public UnitLevel Level { get; private set; }

    public int? ReportId { get; private set; }

    /// <summary>Whether the agency has submitted its report for the period at least once.</summary>
    public bool Submitted { get; private set; }

    /// <summary>Whether the last submission came after the period's due date.</summary>
    public bool IsLate { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    /// <summary>The report's workflow state now (null when no report was opened).</summary>
    public ReportStatus? Status { get; private set; }

    public int ReturnCount { get; private set; }

    /// <summary>The number of the submitted version the lines were copied from (0 when none).</summary>
    public int SubmittedVersion { get; private set; }

    public IReadOnlyCollection<ReportingFactLine> Lines => _lines.AsReadOnly();

    /// <summary>Records the report's state; the lines are added from its last submitted version by the writer.</summary>
    public void RecordReport(int reportId, ReportStatus status, int version, bool isLate, DateTime? submittedAtUtc, int returnCount)
    {
        ReportId = reportId;
        Status = status;
        ReturnCount = returnCount;
        Submitted = version >= 1;
        SubmittedVersion = version;
        IsLate = Submitted && isLate;
        SubmittedAtUtc = Submitted ? submittedAtUtc : null;
        foreach (var line in _lines)
        {
            line.RecordStatus(status);
        }
    }

    public ReportingFactLine AddLine(int assignmentId, int taskId, AssignmentRole role, DateOnly? dueOn, bool isAssigned)
    {
        var line = new ReportingFactLine(this, assignmentId, taskId, role, dueOn, isAssigned);
        _lines.Add(line);
        return line;
    }
}
