namespace DanVan.Domain.Importing;

/// <summary>What is wrong with one row (its number in the file, the header being row 1), in which column, and the value read.</summary>
public sealed record ImportProblem(int Row, string? Column, string Code, string? Value);

/// <summary>The problem codes; the pages show each through the localizer.</summary>
public static class ImportProblems
{
    public const string UnknownColumn = "import.unknownColumn";
    public const string RepeatedColumn = "import.repeatedColumn";
    public const string MissingColumn = "import.missingColumn";
    public const string NoRows = "import.noRows";
    public const string Required = "import.required";
    public const string TooLong = "import.tooLong";
    public const string BadEmail = "import.badEmail";
    public const string DuplicateInFile = "import.duplicateInFile";
    public const string EmailExists = "import.emailExists";
    public const string BadRole = "import.badRole";
    public const string UnknownAgency = "import.unknownAgency";
    public const string BadLevel = "import.badLevel";
    public const string BadKind = "import.badKind";
    public const string BadDate = "import.badDate";
    public const string UnitExists = "import.unitExists";
    public const string AgencyExists = "import.agencyExists";
    public const string ParentNotInTree = "import.parentNotInTree";
    public const string ParentLevel = "import.parentLevel";
    public const string UnitNotInTree = "import.unitNotInTree";
    public const string BadCode = "import.badCode";
}
