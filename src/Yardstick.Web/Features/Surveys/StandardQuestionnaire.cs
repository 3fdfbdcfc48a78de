namespace Yardstick.Web.Features.Surveys;

/// <summary>
/// The built-in questionnaire <c>property-satisfaction-standard</c>: seed 003's 客户意见调查表 in its structure —
/// seven rated sections, the overall question, the three open questions — plus an optional NPS question. Every
/// rated section weighs 1 (the seed gives no weights; a quality manager sets them on a copy).
/// </summary>
public static class StandardQuestionnaire
{
    public const string Key = "property-satisfaction-standard";
    public const string Name = "物业服务客户满意度调查表（标准版）";

    public static Questionnaire Create() => new(
        Intro: "尊敬的客户：感谢您一直以来对本公司管理服务工作的支持与配合，我们深感荣幸。为了不断提高我们的服务水平，"
               + "我们将定期开展客户满意度调查，恳请您给予合理、公正的评价，并提出您的需求和建议，以便于我们改进服务及管理工作。谢谢配合！",
        IntroEn: "Dear customer, thank you for supporting our property services. To keep improving, we survey our customers regularly. "
                 + "Please rate our services fairly and tell us your needs and suggestions so that we can improve. Thank you!",
        Privacy: "您填写的资料将由本公司妥善保管，仅用于统计分析和改进服务。",
        PrivacyEn: "The information you give is kept safely by the company and used only for statistics and to improve our services.",
        Sections:
        [
            Rated("customer-service", "客户服务", "Customer service",
                ("cs-attitude", "客服工作态度", "Attitude of customer service staff"),
                ("cs-timeliness", "工作及时性", "Timeliness"),
                ("cs-effect", "处理问题效果", "Effectiveness in solving problems")),
            Rated("engineering", "工程服务", "Engineering",
                ("eng-maintenance", "设备运行保养", "Equipment operation and upkeep"),
                ("eng-repair-speed", "设备维修及时性", "Timeliness of repairs"),
                ("eng-repair-quality", "维修服务质量", "Quality of repairs")),
            Rated("security", "安全服务", "Safety and security",
                ("sec-parking", "停车与交通管理", "Parking and traffic"),
                ("sec-order", "治安管理", "Public security"),
                ("sec-fire", "消防管理", "Fire safety")),
            Rated("environment", "环境管理", "Environment",
                ("env-cleaning", "清洁状况", "Cleanliness"),
                ("env-pests", "虫控消杀", "Pest control"),
                ("env-greening", "绿化状况", "Landscaping")),
            Rated("paid-services", "有偿服务", "Paid services",
                ("paid-repair", "户内维修质量", "In-home repair quality"),
                ("paid-cleaning", "户内保洁服务", "In-home cleaning"),
                ("paid-contract", "合同履约服务", "Contract fulfilment")),
            Rated("complaints", "投诉受理", "Complaint handling",
                ("cmp-attitude", "处理态度", "Attitude"),
                ("cmp-result", "处理结果", "Result")),
            new SurveySection("overall", "物业管理总体满意度", "Overall satisfaction", 0, false,
            [
                new SurveyQuestion("overall", QuestionType.Likert5, "服务总体满意度", "Overall satisfaction with the service", Required: true,
                    Role: QuestionRole.Overall),
            ]),
            new SurveySection("recommend", "推荐意愿", "Recommendation", 0, false,
            [
                new SurveyQuestion("nps", QuestionType.Nps, "您有多大可能向亲友推荐我们的物业服务？（0 表示完全不可能，10 表示非常可能）",
                    "How likely are you to recommend our property services to friends and family? (0 = not at all, 10 = extremely likely)"),
            ]),
            new SurveySection("comments", "您对本公司物业服务的意见与建议", "Your comments and suggestions", 0, false,
            [
                new SurveyQuestion("open-improve", QuestionType.Text, "您认为本公司服务中有哪些有待改进的方面？", "Which parts of our service should improve?"),
                new SurveyQuestion("open-services", QuestionType.Text, "您认为本公司还应该提供哪些服务？", "What other services should we offer?"),
                new SurveyQuestion("open-other", QuestionType.Text, "是否有其他意见或建议？", "Any other comments or suggestions?"),
            ]),
        ]);

    private static SurveySection Rated(string key, string title, string titleEn, params (string Id, string Text, string En)[] questions) =>
        new(key, title, titleEn, 1, true,
            questions.Select(q => new SurveyQuestion(q.Id, QuestionType.Likert5, q.Text, q.En, Required: true, AllowNotApplicable: true)).ToList());
}
