"""A small real interview for the service, report and calibration tests."""

from __future__ import annotations

from app.domain import (
    Answer,
    Candidate,
    Consent,
    Interview,
    InterviewStatus,
    InterviewTemplate,
    Position,
    Question,
    QuestionKind,
)

QUESTIONS = [
    Question(prompt="什么是五险一金？", reference_answer="养老保险、医疗保险、失业保险、工伤保险、生育保险和住房公积金。",
             time_limit_s=60),
    Question(prompt="How do you plan and prioritise a busy week?", reference_answer="",
             key_points=["list tasks with deadlines", "prioritise by urgency and importance",
                         "review progress daily"], time_limit_s=120),
    Question(prompt="请讲一次你在压力下按时完成任务的经历。", kind=QuestionKind.SITUATIONAL,
             reference_answer="说明情况和任务，冷静地排优先级并沟通，最后说明结果。", time_limit_s=180),
    Question(prompt="What is a primary key?",
             reference_answer="A column that uniquely identifies each row in a table; never null.",
             time_limit_s=60, dimension_weights={"skill_match": 2.0, "communication": 1.0}),
]
ANSWERS = [
    "养老、医疗、失业、工伤、生育五种保险，加上住房公积金。",
    "First I list every task with its deadline. Then I prioritise by urgency and importance, "
    "and each evening I review progress.",
    "去年上线前客户临时改需求，我负责后端。我先冷静下来，列出优先级，和产品经理沟通，结果按时上线，缺陷减少了30%。",
    "It uniquely identifies each row.",
]


def make_interview(ai_consent: bool = True) -> tuple[Interview, InterviewTemplate, Position, Candidate]:
    template = InterviewTemplate(name="测试模板", language="zh", questions=[
        Question(prompt=q.prompt, kind=q.kind, reference_answer=q.reference_answer,
                 key_points=list(q.key_points), time_limit_s=q.time_limit_s,
                 dimension_weights=dict(q.dimension_weights)) for q in QUESTIONS])
    position = Position(title="数据分析师", required_skills=["SQL", "Python", "沟通协调"])
    consent = Consent(recording=False, ai_scoring=ai_consent, recorded_by="hr")
    candidate = Candidate(name="张三", consent=consent)
    interview = Interview(candidate_id=candidate.id, position_id=position.id, template_id=template.id,
                          interviewer="hr", status=InterviewStatus.ENDED, consent=consent,
                          notes="候选人准时到场。")
    for n, (q, text) in enumerate(zip(template.questions, ANSWERS, strict=True)):
        interview.answers.append(Answer(question_id=q.id, position=n, question_prompt=q.prompt,
                                        question_kind=q.kind, typed_text=text))
    return interview, template, position, candidate
