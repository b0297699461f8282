using Microsoft.Playwright;

namespace DanVan.Browser.Tests;

/// <summary>
/// Opens the navigation menu a phone collapses and waits until Bootstrap's opening transition has ended (the menu is
/// <c>collapse show</c> again, no longer <c>collapsing</c>). In one CI run the account menu clicked at once after opening
/// did not open, and in another the language button did not switch; a click while the menu is still sliding open is
/// the likely cause (not reproduced), and waiting for the end of the transition leaves no such window.
/// </summary>
internal static class CollapsedMenu
{
    public static async Task OpenAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở/đóng menu" }).ClickAsync();
        await Assertions.Expect(page.Locator("#mainNav.collapse.show")).ToBeVisibleAsync();
    }
}
