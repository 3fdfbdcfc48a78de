using Yardstick.Insight;
using Yardstick.Web.Platform.Identity;

namespace Yardstick.Web.Features.Insight;

public static class InsightApi
{
    public sealed record AnalyzeInput(List<string?>? Texts);
    public sealed record KeywordsInput(List<string?>? Texts, List<string?>? PreviousTexts, int? Top);
    public sealed record LintInput(string? Text);

    public static void MapInsightApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/insight").WithTags("Text insight");

        api.MapPost("/analyze", (AnalyzeInput input, InsightService insight) =>
        {
            var (results, errors) = insight.Analyze(input.Texts);
            return results is null ? errors.ToProblem() : Results.Ok(results);
        }).RequireAuthorization(Policies.InsightAnalyze)
            .WithSummary("Polarity, red/yellow/blue alert with reasons, category and keywords of each text (at most 100, 10,000 characters each)");

        api.MapPost("/keywords", (KeywordsInput input, InsightService insight) =>
        {
            var (keywords, errors) = insight.Keywords(input.Texts, input.PreviousTexts, input.Top ?? 20);
            return keywords is null ? errors.ToProblem() : Results.Ok(keywords);
        }).RequireAuthorization(Policies.InsightAnalyze)
            .WithSummary("Top terms and phrases of a set of texts, with counts, trend against previousTexts and examples");

        api.MapPost("/vague-words", (LintInput input) => Results.Ok(VagueWordLint.Check(input.Text)))
            .RequireAuthorization(Policies.InsightAnalyze)
            .WithSummary("Vague or subjective words in a note or answer, each with why and what to write instead");

        api.MapGet("/alerts", async (int? projectId, string? level, DateOnly? from, DateOnly? to, int? take, InsightService insight, CancellationToken ct) =>
        {
            var (alerts, errors) = await insight.AlertsAsync(projectId, level, from, to, take ?? 100, ct);
            return alerts is null ? errors.ToProblem() : Results.Ok(alerts);
        }).RequireAuthorization(Policies.InsightRead)
            .WithSummary("Stored emotion alerts in the caller's projects, newest first: red and yellow unless level is given; this month by default");

        api.MapGet("/group-alerts", async (int? projectId, int? days, int? minTexts, int? windowHours, InsightService insight, CancellationToken ct) =>
        {
            var (alerts, errors) = await insight.GroupAlertsAsync(projectId, days ?? 7, minTexts ?? 5, windowHours ?? 24, ct);
            return alerts is null ? errors.ToProblem() : Results.Ok(alerts);
        }).RequireAuthorization(Policies.InsightRead)
            .WithSummary("群体性投诉预警: ≥ minTexts negative texts of one category in one building or project within windowHours, or collective markers");

        api.MapGet("/keywords", async (int? projectId, DateOnly? from, DateOnly? to, int? top, InsightService insight, CancellationToken ct) =>
        {
            var (keywords, errors) = await insight.PeriodKeywordsAsync(projectId, from, to, top ?? 20, ct);
            return keywords is null ? errors.ToProblem() : Results.Ok(keywords);
        }).RequireAuthorization(Policies.InsightRead)
            .WithSummary("What owners' texts of a period talk about, against the period of the same length before");
    }
}
