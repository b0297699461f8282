namespace DanVan.Domain.Reporting;

/// <summary>A text's words sorted in ordinal order (<see cref="TextSimilarity.Sort"/>), ready to be scored against others.</summary>
public sealed class SortedWords
{
    internal SortedWords(string[] words) => Words = words;

    /// <summary>How many words the text has, repetitions included.</summary>
    public int Count => Words.Length;

    internal string[] Words { get; }
}
