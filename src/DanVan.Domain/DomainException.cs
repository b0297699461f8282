namespace DanVan.Domain;

/// <summary>A rule of the domain was broken; the message is a stable code that the UI translates.</summary>
public sealed class DomainException : Exception
{
    public DomainException(string code)
        : base(code)
    {
        Code = code;
    }

    public DomainException()
        : this("domain.error")
    {
    }

    public DomainException(string code, Exception innerException)
        : base(code, innerException)
    {
        Code = code;
    }

    public string Code { get; } = "domain.error";
}
