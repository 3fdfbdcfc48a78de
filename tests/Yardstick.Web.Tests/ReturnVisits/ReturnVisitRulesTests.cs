using Yardstick.Web.Features.ReturnVisits;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Insight;
using Yardstick.Web.Tests.Platform;

namespace Yardstick.Web.Tests.ReturnVisits;

/// <summary>The visit rules of seed 003 and the issue, with their numbers.</summary>
public sealed class ReturnVisitRulesTests
{
    private static readonly DateTime Resolved = new(2025, 9, 30, 2, 0, 0, DateTimeKind.Utc);
    private static readonly ReturnVisitOptions Options = new();

    private static WorkOrder Order(WorkOrderType type, ComplaintNature? nature = null, Severity? severity = null, bool anonymous = false) => new()
    {
        Id = 7, ProjectId = 1, Type = type, Nature = nature, Severity = severity, Category = Category.Equipment,
        CustomerPhone = anonymous ? "" : "13800000001", AccusedDepartment = "工程部", Department = "客服部",
    };

    [Fact]
    public void A_valid_complaint_is_visited_within_24_hours_and_overdue_after_3_days()
    {
        var v = ReturnVisitRules.OnResolved(Order(WorkOrderType.Complaint, ComplaintNature.Valid, Severity.General), Resolved, Options, null)!;
        v.Reason.ShouldBe(VisitReason.Complaint);
        (v.OpensAt, v.DueAt, v.OverdueAt).ShouldBe((Resolved, Resolved.AddHours(24), Resolved.AddDays(3)));
        v.Visitor.ShouldBe(Visitor.DepartmentSupervisor);
        v.Department.ShouldBe("工程部");
        ReturnVisitRules.Status(v, Resolved.AddHours(25)).ShouldBe(VisitStatus.Due, "late but not yet overdue");
        ReturnVisitRules.Status(v, Resolved.AddDays(3).AddSeconds(1)).ShouldBe(VisitStatus.Overdue);
    }

    [Fact]
    public void Major_complaints_are_visited_by_the_project_manager()
    {
        ReturnVisitRules.OnResolved(Order(WorkOrderType.Complaint, ComplaintNature.Valid, Severity.Major), Resolved, Options, null)!
            .Visitor.ShouldBe(Visitor.ProjectManager);
    }

    [Theory]
    [InlineData(ComplaintNature.Invalid, false)]
    [InlineData(ComplaintNature.Communicative, false)]
    [InlineData(ComplaintNature.Valid, true)]
    public void Invalid_and_anonymous_complaints_get_no_visit(ComplaintNature nature, bool anonymous)
    {
        ReturnVisitRules.OnResolved(Order(WorkOrderType.Complaint, nature, Severity.General, anonymous), Resolved, Options, null).ShouldBeNull();
    }

    [Fact]
    public void A_completed_repair_is_visited_from_day_7_to_day_10_unless_its_category_says_otherwise()
    {
        var v = ReturnVisitRules.OnResolved(Order(WorkOrderType.Repair), Resolved, Options, null)!;
        (v.OpensAt, v.DueAt, v.OverdueAt).ShouldBe((Resolved.AddDays(7), Resolved.AddDays(10), Resolved.AddDays(10)));
        v.Visitor.ShouldBe(Visitor.Agent);
        ReturnVisitRules.Status(v, Resolved.AddDays(6)).ShouldBe(VisitStatus.Pending);
        var custom = new ReturnVisitOptions { RepairWindowByCategory = { ["Equipment"] = "3-5", ["Greening"] = "9-2" } };
        ReturnVisitRules.RepairWindow(Category.Equipment, custom).ShouldBe((3, 5));
        ReturnVisitRules.RepairWindow(Category.Greening, custom).ShouldBe((7, 10), "a window that ends before it opens is ignored");
    }

    [Fact]
    public void After_an_unsatisfied_visit_and_a_reopen_the_next_resolution_is_followed_up_like_a_complaint()
    {
        var before = new ReturnVisit { Id = 3, Visitor = Visitor.Agent, Outcome = VisitOutcome.Unsatisfied, Decision = VisitDecision.Reopen };
        var v = ReturnVisitRules.OnResolved(Order(WorkOrderType.Repair), Resolved, Options, before)!;
        (v.Reason, v.OpensAt, v.DueAt, v.PreviousVisitId).ShouldBe((VisitReason.FollowUp, Resolved, Resolved.AddHours(24), 3L));
        ReturnVisitRules.OnResolved(Order(WorkOrderType.Inquiry), Resolved, Options, before).ShouldBeNull();
    }

    [Fact]
    public void A_special_service_is_visited_in_the_middle_of_its_contract_and_within_7_days_after_it_ends()
    {
        var o = Order(WorkOrderType.SpecialService);
        o.ContractStart = new DateOnly(2025, 10, 1);
        o.ContractEnd = new DateOnly(2025, 10, 31);
        var visits = ReturnVisitRules.OnCreated(o, BusinessCalendarTests.Calendar, Resolved, Options).ToList();
        visits.Select(v => v.Reason).ShouldBe([VisitReason.SpecialServiceMidTerm, VisitReason.SpecialServiceEnd]);
        BusinessCalendarTests.Calendar.ToLocal(visits[0].OpensAt).ShouldBe(new DateTime(2025, 10, 16));
        BusinessCalendarTests.Calendar.ToLocal(visits[1].OpensAt).ShouldBe(new DateTime(2025, 10, 31));
        DateOnly.FromDateTime(BusinessCalendarTests.Calendar.ToLocal(visits[1].DueAt)).ShouldBe(new DateOnly(2025, 11, 7));
    }

    [Theory]
    [InlineData(0, 800, 0)]
    [InlineData(1, 800, 1)]     // 5 % of 1, rounded up
    [InlineData(20, 800, 1)]    // exactly 1
    [InlineData(30, 800, 2)]    // 1.5 → 2
    [InlineData(2000, 800, 40)] // 100 would exceed 5 % of 800 households
    [InlineData(300, 100, 5)]   // cap 5
    [InlineData(10, 0, 0)]      // no households, nothing to sample
    public void The_monthly_sample_is_5_percent_of_repairs_capped_at_5_percent_of_households(int repairs, int households, int expected)
    {
        ReturnVisitRules.SampleSize(repairs, households).ShouldBe(expected);
    }

    [Fact]
    public void The_sample_is_random_but_reproducible_for_a_project_and_month()
    {
        var ids = Enumerable.Range(1, 100).Select(i => (long)i).ToList();
        var a = ReturnVisitRules.Pick(ids, 5, 1, 202510);
        a.Count.ShouldBe(5);
        a.ShouldBe(ReturnVisitRules.Pick(ids.AsEnumerable().Reverse().ToList(), 5, 1, 202510));
        a.ShouldNotBe(ReturnVisitRules.Pick(ids, 5, 1, 202511));
    }

    [Fact]
    public void Rates_count_a_task_as_owed_once_done_or_past_its_window()
    {
        var now = Resolved.AddDays(5);
        VisitRow Row(VisitReason r, DateTime? done, VisitMethod? m = null, bool signed = false, DateTime? overdue = null, DateTime? cancelled = null) =>
            new(r, Resolved, Resolved.AddHours(24), overdue ?? Resolved.AddDays(3), done, cancelled, m, signed, done is null ? null : VisitOutcome.Satisfied, 5, 4, 3);
        var rows = new List<VisitRow>
        {
            Row(VisitReason.Complaint, Resolved.AddHours(2), VisitMethod.Home, signed: true),
            Row(VisitReason.Complaint, Resolved.AddHours(30), VisitMethod.Phone),      // done, late
            Row(VisitReason.Complaint, null),                                          // missed
            Row(VisitReason.Complaint, null, overdue: now.AddDays(1)),                 // still inside its window: not owed yet
            Row(VisitReason.Complaint, null, cancelled: Resolved.AddHours(1)),         // order reopened: not owed
            Row(VisitReason.Repair, Resolved.AddHours(3), VisitMethod.Letter),
            Row(VisitReason.SpecialServiceEnd, null),                                  // missed
        };
        var year = rows.Where(r => r.DoneAt is not null).ToList();
        var s = VisitRates.Compute(1, new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 30), rows,
            year.Count, year.Count(r => r.Method is VisitMethod.Phone or VisitMethod.Letter), now);
        (s.ComplaintVisitRate.Numerator, s.ComplaintVisitRate.Denominator).ShouldBe((2, 3));
        s.ComplaintVisitRate.Meets.ShouldBe(false);
        (s.RepairVisitRate.Numerator, s.RepairVisitRate.Denominator, s.RepairVisitRate.Value).ShouldBe((1, 2, 0.5));
        (s.HomeSignedShare.Numerator, s.HomeSignedShare.Denominator).ShouldBe((1, 2));
        (s.PhoneLetterShareOfYear.Numerator, s.PhoneLetterShareOfYear.Denominator).ShouldBe((2, 3));
        s.PhoneLetterShareOfYear.Meets.ShouldBe(false, "66.7 % is above the 60 % ceiling");
        (s.OnTimeRate.Numerator, s.OnTimeRate.Denominator).ShouldBe((2, 3));
        s.AverageQuality.ShouldBe(5);
        s.ByStatus["Overdue"].ShouldBe(2);
        s.ByStatus["Due"].ShouldBe(1);
    }

    [Fact]
    public void Vague_words_of_seed_002_are_found_once_each()
    {
        VagueWordLint.Find("维修大概需要三天，也许更快，大概吧").ShouldBe(["大概", "也许"]);
        VagueWordLint.Find("维修需要三个工作日，完成后电话通知您").ShouldBeEmpty();
        VagueWordLint.Find(null).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("data:image/jpeg;base64,AAAA", false)]
    [InlineData("data:image/png;base64,!!!", false)]
    public void A_signature_must_be_a_png_data_url(string? value, bool ok)
    {
        (ReturnVisitService.DecodeSignature(value) is not null).ShouldBe(ok);
        ReturnVisitService.DecodeSignature(ReturnVisitApiTests<Infrastructure.SqliteApp>.Signature).ShouldNotBeNull();
    }
}
