using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.MysteryShopping;

/// <summary>
/// 神秘客户任务: a shopper's own tasks and the open ones they may take; quality staff see every task and what awaits review;
/// the client and project staff see the published visits of their projects.
/// </summary>
[Authorize(Policy = Policies.MsTasks)]
public sealed class TasksModel(MsFieldwork fieldwork, MsAccess access, IStringLocalizer l) : PageModel
{
    public List<TaskDto> Mine { get; private set; } = [];
    public List<TaskDto> Open { get; private set; } = [];
    public bool IsShopper => access.IsShopper;
    public bool IsQuality => access.IsQuality;
    [BindProperty(SupportsGet = true)] public TaskStatus? Status { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = (await fieldwork.TasksAsync(new TaskQuery(null, null, Status, null, 1, 200), ct)).Items;
        // A shopper's list mixes their own tasks (with their alias) and the open ones (no shopper yet).
        Open = IsShopper ? all.Where(t => t.Shopper is null).ToList() : [];
        Mine = all.Except(Open).ToList();
    }

    public async Task<IActionResult> OnPostAcceptAsync(long id, CancellationToken ct) =>
        this.Finish(await fieldwork.AcceptAsync(id, ct), l["Ms.Accept"], $"/ms/tasks/{id}", l);
}
