using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Surveys;

/// <summary>Door-hanger sheets to print: each household's QR code and link, building by building (one building per page).</summary>
[Authorize(Policy = Policies.SurveysCollect)]
public sealed class SheetsModel(SurveyService surveys) : PageModel
{
    public sealed record Card(string Building, string Unit, string Link, string Svg);

    public CampaignHead Campaign { get; private set; } = null!;
    public List<IGrouping<string, Card>> Buildings { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public int? ProjectId { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await surveys.CampaignHeadAsync(id, ct) is not { } campaign || await surveys.SheetAsync(id, ProjectId, ct) is not { } rows) return NotFound();
        Campaign = campaign;
        var baseUrl = SurveyApi.BaseUrl(HttpContext);
        using var generator = new QRCodeGenerator();
        Buildings = rows.Select(r =>
        {
            var link = $"{baseUrl}/s/{r.Invitation.Token}";
            using var data = generator.CreateQrCode(link, QRCodeGenerator.ECCLevel.M);
            return new Card(r.Building, r.Invitation.UnitLabel, link, new SvgQRCode(data).GetGraphic(4));
        }).GroupBy(c => c.Building).ToList();
        return Page();
    }
}
