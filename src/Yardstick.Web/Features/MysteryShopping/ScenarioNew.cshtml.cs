using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yardstick.Web.Features.Organization;
using Yardstick.Web.Platform.Identity;
using Yardstick.Web.Platform.Web;

namespace Yardstick.Web.Features.MysteryShopping;

/// <summary>A new scenario (脚本): the shopper's identity, purpose, dialogue guide, what to observe, the items it covers, time slots.</summary>
[Authorize(Policy = Policies.MsPlan)]
public sealed class ScenarioNewModel(MsPlanning planning, IStringLocalizer l) : PageModel
{
    public sealed class ScenarioForm
    {
        public string? Title { get; set; }
        public ProjectType? PropertyType { get; set; } = ProjectType.Residential;
        public string? Identity { get; set; }
        public string? Purpose { get; set; }
        public string? DialogueGuide { get; set; }
        public string? ObservationPoints { get; set; }
        public List<string> ItemKeys { get; set; } = [];
        public string? TimeSlots { get; set; }
    }

    /// <summary>Seed 000's identities, offered as suggestions; any other may be typed.</summary>
    public static readonly string[] Identities = ["潜在业主", "商务访客", "普通消费者", "投诉业主", "装修业主", "租户", "访客"];

    [BindProperty] public ScenarioForm Input { get; set; } = new();
    public IReadOnlyList<(string Key, string Title, string Dimension)> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await planning.ItemCatalogAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.HasBindingErrors(l))
        {
            var (scenario, errors) = await planning.AddScenarioAsync(new ScenarioInput(Input.Title, Input.PropertyType, Input.Identity, Input.Purpose,
                Input.DialogueGuide, Input.ObservationPoints, Input.ItemKeys, Input.TimeSlots), ct);
            if (scenario is not null)
            {
                TempData["Flash"] = l["Ms.ScenarioSaved", scenario.Title].Value;
                return Redirect("/ms#scenarios");
            }
            errors.CopyTo(ModelState);
        }
        Items = await planning.ItemCatalogAsync(ct);
        return Page();
    }
}
