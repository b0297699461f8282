using System.Globalization;

namespace DanVan.Web.Localization;

/// <summary>The one order of names in lists, tables and exports: Vietnamese collation (Ă after A, Đ after D, tones after the bare letter).</summary>
public static class VietnameseOrder
{
    public static readonly StringComparer Names = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false);
}
