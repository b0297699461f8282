namespace DanVan.Domain.Reporting;

/// <summary>One move of a report through the workflow: who, when, from what to what, and why.</summary>
public sealed class ReportTransition
{
    public const int CommentLength = 4000;

    private ReportTransition()
    {
        ActorUserId = string.Empty;
        ActorName = string.Empty;
    }

    internal ReportTransition(ReportStatus from, ReportStatus to, Actor actor, DateTime atUtc, string? comment, int version)
    {
        From = from;
        To = to;
        ActorUserId = actor.UserId;
        ActorName = actor.Name;
        AtUtc = atUtc;
        Comment = comment;
        Version = version;
    }

    public int Id { get; private set; }

    public int ReportId { get; private set; }

    public ReportStatus From { get; private set; }

    public ReportStatus To { get; private set; }

    public string ActorUserId { get; private set; }

    public string ActorName { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string? Comment { get; private set; }

    /// <summary>The submission number the report had after this transition.</summary>
    public int Version { get; private set; }
}
