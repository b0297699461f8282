namespace DanVan.Domain.Directives;

/// <summary>One task the directive sets out, worded as in the directive.</summary>
public sealed class DirectiveTask
{
    public const int NumberLength = 16;
    public const int TitleLength = 300;
    public const int WordingLength = 4000;

    private readonly List<Indicator> _indicators = [];

    private DirectiveTask()
    {
        Number = string.Empty;
        Title = string.Empty;
        Wording = string.Empty;
    }

    internal DirectiveTask(Directive directive, string number, string title, string wording, TaskAddressee addressee, DateOnly? dueOn, int sortOrder)
        : this()
    {
        Directive = directive;
        Number = number;
        SortOrder = sortOrder;
        Update(title, wording, addressee, dueOn);
    }

    public int Id { get; private set; }

    public int DirectiveId { get; private set; }

    public Directive? Directive { get; private set; }

    public string Number { get; private set; }

    public string Title { get; private set; }

    /// <summary>The number or code and the title folded by <see cref="SearchText"/>, kept with every change, for search.</summary>
    public string SearchName { get; private set; } = string.Empty;

    public string Wording { get; private set; }

    public TaskAddressee Addressee { get; private set; }

    /// <summary>Null for an ongoing task, reported every period.</summary>
    public DateOnly? DueOn { get; private set; }

    public bool IsOngoing => DueOn is null;

    public int SortOrder { get; private set; }

    public IReadOnlyCollection<Indicator> Indicators => _indicators.AsReadOnly();

    public void Update(string title, string wording, TaskAddressee addressee, DateOnly? dueOn)
    {
        Title = Guard.Text(title, TitleLength, "task.title");
        SearchName = SearchText.Fold($"{Number} {Title}");
        Wording = Guard.Text(wording, WordingLength, "task.wording");
        Addressee = addressee;
        DueOn = dueOn;
    }

    public Indicator AddIndicator(string name, string unit, bool higherIsBetter, bool isExample)
    {
        var indicator = new Indicator(this, name, unit, higherIsBetter, isExample);
        if (_indicators.Exists(i => i.Name == indicator.Name))
        {
            throw new DomainException("indicator.nameTaken");
        }

        _indicators.Add(indicator);
        return indicator;
    }
}
