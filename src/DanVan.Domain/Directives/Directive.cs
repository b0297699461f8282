namespace DanVan.Domain.Directives;

/// <summary>A directive of a party or state body whose implementation the portal tracks (e.g. 07-CT/TU).</summary>
public sealed class Directive
{
    public const int CodeLength = 32;
    public const int TitleLength = 500;
    public const int IssuingBodyLength = 200;
    public const int SummaryLength = 4000;

    private readonly List<DirectiveTask> _tasks = [];

    private Directive()
    {
        Code = string.Empty;
        Title = string.Empty;
        IssuingBody = string.Empty;
        FullText = string.Empty;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Title { get; private set; }

    /// <summary>The number or code and the title folded by <see cref="SearchText"/>, kept with every change, for search.</summary>
    public string SearchName { get; private set; } = string.Empty;

    public string IssuingBody { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public string? Summary { get; private set; }

    public string FullText { get; private set; }

    public IReadOnlyCollection<DirectiveTask> Tasks => _tasks.AsReadOnly();

    public static Directive Create(string code, string title, string issuingBody, DateOnly issuedOn, string? summary, string fullText)
    {
        var directive = new Directive();
        directive.Update(code, title, issuingBody, issuedOn, summary, fullText);
        return directive;
    }

    public void Update(string code, string title, string issuingBody, DateOnly issuedOn, string? summary, string fullText)
    {
        Code = Guard.Text(code, CodeLength, "directive.code");
        Title = Guard.Text(title, TitleLength, "directive.title");
        SearchName = SearchText.Fold($"{Code} {Title}");
        IssuingBody = Guard.Text(issuingBody, IssuingBodyLength, "directive.issuingBody");
        IssuedOn = issuedOn;
        Summary = Guard.OptionalText(summary, SummaryLength, "directive.summary");
        FullText = Guard.Text(fullText, int.MaxValue, "directive.fullText");
    }

    public DirectiveTask AddTask(string number, string title, string wording, TaskAddressee addressee, DateOnly? dueOn = null)
    {
        var normalized = Guard.Text(number, DirectiveTask.NumberLength, "task.number");
        if (_tasks.Exists(t => t.Number == normalized))
        {
            throw new DomainException("task.numberTaken");
        }

        var task = new DirectiveTask(this, normalized, title, wording, addressee, dueOn, _tasks.Count + 1);
        _tasks.Add(task);
        return task;
    }
}
