using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yardstick.Web.Platform.Notifications;

namespace Yardstick.Web.Features.Home;

public sealed class NotificationsModel(NotificationService notifications) : PageModel
{
    public List<NotificationView> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await notifications.ListAsync(100);

    public async Task<IActionResult> OnPostReadAsync(long id)
    {
        return await notifications.MarkReadAsync(id) ? RedirectToPage() : NotFound();
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        await notifications.MarkReadAsync(null);
        return RedirectToPage();
    }
}
