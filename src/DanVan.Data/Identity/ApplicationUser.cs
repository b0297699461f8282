using DanVan.Domain;
using DanVan.Domain.Organization;
using Microsoft.AspNetCore.Identity;

namespace DanVan.Data.Identity;

/// <summary>A portal account; it belongs to one agency, whose unit fixes what the user may see.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public const int FullNameLength = 200;

    public const int CultureLength = 10;

    private string _fullName = string.Empty;

    public string FullName
    {
        get => _fullName;
        set
        {
            _fullName = value;
            SearchName = SearchText.Fold(value);
        }
    }

    /// <summary>The full name folded by <see cref="SearchText"/>, kept with every change of the name, for search.</summary>
    public string SearchName { get; private set; } = string.Empty;

    public int AgencyId { get; set; }

    public Agency? Agency { get; set; }

    /// <summary>Set when an administrator provisions the account; cleared by the first password change.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The interface language the user last chose on /Culture ("vi-VN", "en-US"); e-mails are written in it. Null: Vietnamese.</summary>
    public string? PreferredCulture { get; set; }
}
