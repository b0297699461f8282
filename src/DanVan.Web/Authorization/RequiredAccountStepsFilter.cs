using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace DanVan.Web.Authorization;

/// <summary>
/// The steps a user must take before anything else, checked on every page but the account pages, the error page and
/// the language switch: a provisioned user chooses their own password first, then a user whose role requires two-factor
/// sign-in (<c>TwoFactor:RequiredRoles</c>) enrols an authenticator app. The claims come from the sign-in
/// (<see cref="DanVanClaimsPrincipalFactory"/>) and from <see cref="SessionValidator"/> on every request.
/// </summary>
public sealed class RequiredAccountStepsFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var page = context.ActionDescriptor.ViewEnginePath;
        var user = context.HttpContext.User;
        if (!page.StartsWith("/Account/", StringComparison.Ordinal) && page is not "/Error" and not "/Culture")
        {
            if (user.MustChangePasswordNow())
            {
                context.Result = new RedirectToPageResult("/Account/ChangePassword");
                return;
            }

            if (user.MustEnrolTwoFactorNow())
            {
                context.Result = new RedirectToPageResult("/Account/TwoFactor");
                return;
            }
        }

        await next();
    }
}
