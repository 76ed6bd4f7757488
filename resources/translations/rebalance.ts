<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <source>Add the exercise days to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was not written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file}. Open it, or import it in your phone&apos;s or computer&apos;s calendar: each exercise day is an event at 18:00 with a reminder (move them to a time that suits you), and the re-assessment is on its day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s exercises are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next exercise session: {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-assessment due: {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-assessment overdue since {day}: repeat it to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do today&apos;s exercises again ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do today&apos;s exercises ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <source>Assessment for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo was not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment is saved, with its measurements. These photos could no longer be read, so they were not kept with it:
{files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance letter for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the routine as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter for your doctor as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter for your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every part of the body that hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body map. Chosen: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Take a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand where the whole body shows, then press the button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the photo in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo in {seconds} s: stand still, as in the test.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>Earlier assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest against previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest against first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test or muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed between the two assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One assessment is not a trend: repeat the assessment in a few weeks to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped at the safety questions (referred to a doctor): no tests were done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the safety questions were not finished: no tests were done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of the comparison:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meaningful change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within day-to-day variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain now: {a} → {b} ({d:+d}, {verdict})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain was not rated in both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a change of {threshold} or more is more than this test&apos;s measurement error (its minimal detectable change). {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns resolved: {resolved}
New patterns: {new}
Still there: {kept}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectWorker</name>
    <message>
        <source>The automatic finder could not start ({reason}): place the landmarks by clicking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic finder is not installed: place the landmarks by clicking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic finder stopped unexpectedly: place the landmarks by clicking, or search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic finder failed ({reason}): place the landmarks by clicking, or search again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamPage</name>
    <message>
        <source>Standing and sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength and endurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture of the {test} position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side: {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How good is this test? {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered today. {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because of what you told us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Next to go on; the results will say this test was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct the value marked above, or tick “I could not do this test”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a result for each side, or tick “I could not do this test”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter your result, or tick “I could not do this test”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExercisePage</name>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Too hard / it hurts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish now (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at once if the pain is sharp, or spreads down an arm or a leg. A little pain (up to 5 out of 10) that settles by tomorrow is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the easier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip it today: too hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip it today: it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Rebalance help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Progress of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldTimer</name>
    <message>
        <source>Start timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop the timer for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go! 0 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} s: that is plenty. Stop and rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at {n} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings are tendencies to work on, not a diagnosis. Red-flag questions come first, and Rebalance stops and tells you when to see a doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result: hatched (orange) to stretch, dotted (blue) to strengthen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a profile to start your first assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last assessment: {date}. No test was done, so there is no routine yet: start a new assessment when you can do some of the tests.
Assessments so far: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last assessment: {date}. Pain {pain}. {patterns}
Assessments so far: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pattern found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last assessment: {date}. It stopped at the safety questions, so no tests were done and no routine was given.
Assessments so far: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last assessment, {when}, stopped at the safety questions and advised: “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a doctor checked you since then? If a doctor has cleared you to exercise, you can start and say so on the safety questions. If not, please see your doctor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you been seen by a doctor since then? If not, please get that help first: a new assessment cannot take the place of a doctor, whatever you answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment is not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has an assessment that is not finished yet. Starting a new one throws its answers away. Resume it instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result: hatched muscles to stretch, dotted to strengthen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a profile called “{name}”. It is selected now; choose another name for someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes {name} and all {count} saved assessments, the exercise log and any assessment in progress. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 30 minutes. Any test can be skipped, and you can stop and come back later: your answers are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partner to help and watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a long mirror (or the partner watching)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone camera, for a photo from the side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exercise mat or a rug on the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a clear wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sturdy chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sturdy table or firm bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step, box or sofa about knee height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a strap or towel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pillow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timer built into each hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a doorway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will need:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During any test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you (optional: some normal values differ by sex and age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LandmarkEditor</name>
    <message>
        <source>Photo with landmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the photo (or press Enter, then the arrow keys) to place: {name}{where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the person&apos;s own side: on the right of the photo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the person&apos;s own side: on the left of the photo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every point this measurement needs is placed. Drag one, or select it with Tab and move it with the arrow keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every landmark is placed. Drag one, or select it with Tab and move it with the arrow keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: {name}. {prompt}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadWorker</name>
    <message>
        <source>it could not be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>ddd d MMMM yyyy</source>
        <comment>Qt date format of the exercise log&apos;s day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that day, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what you did:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no routine to log yet: save an assessment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {day}: {percent:.0f} % of the plan done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rebalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance cannot open its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample (made up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doing the tests &amp;safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the &amp;results mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome and sample profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rebalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile on the left first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the profile of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was not written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} assessments of {name} were saved in
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the photos?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s assessments keep posture photos. Include them in the exported file? Anyone who gets the file can see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every assessment in this file is already in {name}, so none was added; its exercise log and guided sessions were merged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} new assessments were added to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected error (nothing was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was not imported: {reason}

Nothing already saved was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rebalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance {version}

A muscle-balance self-assessment for back and neck pain: it stretches only what tests short and strengthens only what tests weak.

Its findings are tendencies to work on, not a diagnosis, and it does not replace a doctor or physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number from {low} to {high} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Why you cannot go on yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go on: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainPage</name>
    <message>
        <source>Choose one (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: began less than 6 weeks ago, or came back less than 6 weeks ago after being gone for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes and goes: flares up now and then, and was never gone for long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-standing: there for more than 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pain today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much does it hurt right now, and where?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain now, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is no pain, 10 is the worst pain you can imagine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: rating your pain now lets Rebalance compare it when you repeat the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did this pain begin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the safety questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click where it hurts, or tick it in the list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain now, 0 to 10, not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it began (and your age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your age (your year of birth, on the first page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without {missing}, Rebalance cannot check whether a new episode at your age needs a doctor first. Both are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ticked “{region}”: pain there is one of the safety questions, and you answered No to “{question}” Please check that answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainQuestion</name>
    <message>
        <source>0 is no pain, 10 the worst pain you can imagine. Tap a number, or type it (0 to 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain {n} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was not written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was saved as
{path}

Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <source>Measure from a photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: open a photo and place (or check) the points; the angle is measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured from your photo: {value}°.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo did not give this measurement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{numbers}, from an estimated point: measure again and drag that point into place to use it, or enter your result above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{numbers}: outside this test&apos;s range, so a point is probably misplaced. Measure again and check the points, or enter your result above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{numbers}. There is no validated cut-off for this, so choose your result above by eye.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <source>From the side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment keeps a photo yet. Use “Measure from a photo…” on the standing tests; the photo is kept with the assessment when you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one assessment keeps photos so far. When you repeat the assessment, measure from a photo again to see the two side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both bodies are shown at the same height, so the lines can be compared; small differences are within measuring error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo from this side in this assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No angle on this photo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostureDialog</name>
    <message>
        <source>Measure from a side photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure from a front photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure from a photo from behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;For a useful photo:&lt;/b&gt; camera at hip height and level, 2–3 m away; fitted clothes, bare feet placed as in the test; the whole body in the picture. A door frame in view lets you lay a vertical line, so a tilted camera does not tilt the angles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this computer&apos;s camera, on a 10-second self-timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the landmarks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay a vertical line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag its two ends onto a door frame or another truly upright edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a photo, or drop one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use these measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the landmarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no validated cut-off: shown, not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from an estimated point: drag it into place to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the test&apos;s range: check the points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes into your answers as {value}°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No angle yet: place the points it needs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostureLandmarks</name>
    <message>
        <source>Ear (the flap in front of the ear hole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base of the neck (the bony bump, C7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulder (the bony tip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front hip bone (ASIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back hip dimple (PSIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip (the bony point at the side of the thigh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee (its middle, from the side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankle (the bony bump on the outside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip of the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left ear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right ear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left shoulder (the bony tip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right shoulder (the bony tip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top of the left hip bone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top of the right hip bone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left ankle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right ankle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top of the vertical line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom of the vertical line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammePanel</name>
    <message>
        <source>Do today&apos;s exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the harder versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From today you do the harder versions. Step back any time with “Too hard / it hurts”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>You answered yes to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>What the assessment found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>The safety questions were not finished, so no tests were done and nothing was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{muscle}, {where} (evidence: {grade})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested short: to stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested weak: to strengthen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both short and weak: {muscles}. A muscle can be tight and weak at once; your routine stretches it first, then strengthens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the findings add up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pattern found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (confidence {grade})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured from your photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out for safety, or still to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle map of what to stretch and strengthen, front and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hatched: stretch. Dotted: strengthen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tests or exercises were done after this answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Edit to go back and change an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See my results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of 10; where: {regions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {answer}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutinePage</name>
    <message>
        <source>Your routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch only what tested short, strengthen only what tested weak. Save it to your profile and print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tests found nothing to stretch or strengthen. Keep active, and repeat the assessment if your pain changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next phase: add these once the routine is easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to my profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF to print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed answers after saving: this saves the corrected assessment in place of the one saved before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to your profile ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>Safety questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some signs need a doctor before any exercise. Please answer each question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two more questions, to keep the tests safe for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A yes here does not stop the assessment: it leaves out the tests held until you cannot hold any longer, and exercises unsafe for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My doctor has checked these and cleared me to exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {title}. {action}
You do not need to answer the other questions: press Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>answer every question with Yes or No (%n still unanswered).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Assessment of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved with catalogue {catalogue} by Rebalance {app}. Read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Before you start: how much pain do you have right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done. How much pain do you have now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each side, left first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reps} holds of {hold} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reps} repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sets} sets of {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides: now your {side} side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side} side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (mirror the steps: swap left and right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, set {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold: {n} s (hold {rep} of {reps}{sets})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest: {n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {reps}{sets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the rest (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped here. How much pain do you have now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did {done} of {total} exercises today. It is saved in your exercise log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before: {before}/10. After: {after}/10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pain went up by {n}. If it has not settled by tomorrow, the next session steps back to easier versions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routine given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred to a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screening unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Saved assessments, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export its routine as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter for the doctor as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance letter for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the routine as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter for the doctor as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this assessment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment of {date} will be deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopPage</name>
    <message>
        <source>Please see a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance gives no tests or exercises after this answer. Save a letter for your doctor to print or send: it says what you reported, how urgent it is, and that no tests or exercises were done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter for your doctor as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Finish to keep this record in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered yes to, or your answers showed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvgView</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestInputs</name>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I could not do this test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to leave this test out; the results will say it was not done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsTab</name>
    <message>
        <source>Which chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-right difference: {test}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises done per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise and pain, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain now (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference between sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, % of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough to draw yet: one point is not a trend. Repeat the assessment (or keep logging the exercises) and the chart appears from the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week starting {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}
{name}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough to draw yet: log the exercises (or do them with “Do today&apos;s exercises”) for two weeks and the chart appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain (0 = none, 10 = worst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the plan done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference between sides ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Rebalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Rebalance&lt;/h2&gt;&lt;p&gt;&lt;b&gt;What it does.&lt;/b&gt; It walks you through an illustrated self-assessment for back and neck pain: safety questions first, then posture checks and simple tests of muscle length and strength, with a helper or a mirror. It finds which muscles test short and which test weak, and gives you a short routine that stretches only what is short and strengthens only what is weak, to print and repeat.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it does not do.&lt;/b&gt; It does not diagnose. Its findings are tendencies to work on: many people without pain show the same signs. It does not replace a doctor or physiotherapist, and if a safety question points to something serious it stops and tells you to see one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your data&lt;/b&gt; stays on this computer, readable only by you, in:&lt;br&gt;&lt;tt&gt;{location}&lt;/tt&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around with a sample profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Saved session {id} for {name} on {date} (status: {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} sessions of {name} to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {added} new sessions into {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the letter for the doctor to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the page that says what is missing to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the routine to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote {count} pictures and a contact sheet to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote {count} screenshots to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance: a muscle-balance self-assessment for back and neck pain. Without a command, the desktop app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the database lives (default: REBALANCE_DATA_DIR or the platform&apos;s user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overwrite files that already exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shared database instead, e.g. postgresql+psycopg://host/db (default: REBALANCE_DATABASE_URL; put a password only there, since other users can see command lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the catalogue&apos;s ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the whole catalogue as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screen and score an answers file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers file, or - for stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the result document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the printable routine as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file to write, or - for stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose routine it is (printed on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day of the assessment (default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assess an answers file and store the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a profile&apos;s sessions and what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the history document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a profile with all its sessions to JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include the posture photos (left out unless asked: they are personal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a profile&apos;s sessions from an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export file, or - for stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write every illustration as SVG, and a contact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder to write into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure posture from a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo (JPEG, PNG, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which way the camera saw the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landmarks placed by hand, or - for stdin (default: found automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the measurement document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render every screen of the app to PNG (offscreen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the catalogue is broken: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the pose detector is not installed: place the landmarks by hand and give them with --landmarks, or install the optional detector (see the README)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture measured on a {view} photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Nothing to measure: the landmarks each measurement needs are not all there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no validated cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from an estimated landmark: check it before using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the test&apos;s range: a landmark is probably misplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes into the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Estimated, not found: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Not placed (give them with --landmarks): {ids}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance could not save this: {reason}.

Everything saved before is unchanged. You can still look at history and export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance met an error it did not expect, so that action was not done. Everything saved before is unchanged. If it happens again, please send us the details below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>the folder is not writable (you have no permission to write there); choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full; free some space, or choose another disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your share of the disk is used up; free some space or choose another disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk or folder is read-only; choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that name is a folder, not a file; choose a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder no longer exists; choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name is too long; choose a shorter one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported an error (it may be failing or disconnected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system refused to write it ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is Rebalance&apos;s own database or backup; choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists and is not a regular file; choose a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists; add --force to overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is Rebalance&apos;s own data; choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists and is not a folder; choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is not empty; add --force to overwrite the files in it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>&lt;h2&gt;Doing the tests safely&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Stop any test or exercise at once if the pain becomes sharp.&lt;/li&gt;&lt;li&gt;Stop if pain, tingling or numbness spreads down an arm or a leg, or if you notice new numbness or weakness.&lt;/li&gt;&lt;li&gt;Have someone with you for the lying and balance tests.&lt;/li&gt;&lt;li&gt;Skip any test you cannot do comfortably: the results only use what you did.&lt;/li&gt;&lt;li&gt;If your symptoms change, or a safety question now applies to you, see a doctor.&lt;/li&gt;&lt;li&gt;Go to A&amp;amp;E or call an ambulance now if you get new problems passing urine or controlling your bladder or bowels, numbness between your legs, or weakness in both legs.&lt;/li&gt;&lt;li&gt;If you are pregnant, have high blood pressure that is not well controlled, have osteoporosis, or your pain is 7 out of 10 or more, the tests held until you cannot hold any longer are left out, and so are exercises that are not safe for you.&lt;/li&gt;&lt;li&gt;Not better in 4 to 6 weeks, or worse: see a doctor or physiotherapist. Staying active helps; resting in bed does not.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;What the results mean&lt;/h2&gt;&lt;p&gt;Each muscle side is rated &lt;b&gt;short&lt;/b&gt;, &lt;b&gt;long&lt;/b&gt;, &lt;b&gt;weak&lt;/b&gt; or &lt;b&gt;normal&lt;/b&gt; by the tests that examine that muscle directly, and &lt;b&gt;not rated&lt;/b&gt; when they disagree or were not done. Posture checks only hint: many people without pain show the same signs, so posture alone rates no muscle and gives no exercise; it says which test to do. The confidence follows how good the test is: a test known to be a poor guide gives &lt;i&gt;low&lt;/i&gt; confidence on its own, and the results say when a finding rests on one weak test.&lt;/p&gt;&lt;p&gt;The routine stretches only muscles that tested short and strengthens only those that tested weak. Most of the benefit comes from exercising regularly; the pattern found is a guide to which exercises, not a diagnosis.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sources&lt;/h2&gt;&lt;p&gt;Every cut-off and dose in Rebalance names one of these:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>, a meaningful change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, within day-to-day variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Pain now: {a} → {b} ({d:+d}{note})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns still there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Nothing measured in both sessions to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History for {name} ({count} sessions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One session is not a trend: repeat the assessment in a few weeks to see change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the previous session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the first session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>expected a name in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name has at most {most} characters, this one has {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name cannot contain “{char}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name cannot contain a hidden control character (U+{code:04X})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a profile called “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>output</name>
    <message>
        <source>Rebalance could not lay out this document. Please report it; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was not written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>No camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera was found on this computer. Take the photo with a phone or camera and open it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patterns</name>
    <message>
        <source>flagged above {limit:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal {low:g} to {high:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weaker on the {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What pointed to it: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed by: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rests on posture alone, which many people without pain share, so it sets no muscle&apos;s state and prescribes nothing: treat it as a hint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests that would check it: {tests}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posture</name>
    <message>
        <source>Head angle (craniovertebral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulder tilt (+ left higher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelvic obliquity (+ left higher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head tilt (+ left ear higher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelvic tilt (+ front lower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee angle (over 180 = bends backwards)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>programme</name>
    <message>
        <source>Rebalance exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance: today&apos;s exercises ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance: repeat the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four weeks since the last assessment: repeat it to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 1 of 3: ease the pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 2 of 3: strengthen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 3 of 3: keep it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pain today is {pain}/10, more than {limit}/10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pain is new (it began less than 6 weeks ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pain was not rated, so the routine starts gently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pain today is {pain}/10: settled enough to build strength.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tests found nothing to stretch or strengthen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The re-assessment found the earlier findings resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle stretches of what tested short, and the easier version of each strengthening exercise; nothing held until you cannot hold any longer. A little pain during an exercise (up to 5 out of 10) is fine if it has settled by the next morning; stop if it hurts. Strengthening starts once most of the pain has gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work the weak muscles and keep stretching what tested short. After two good weeks the app offers the harder version; a flare of pain steps back to the easier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep doing the exercises, with fewer sessions: stretches 3 times a week, strengthening twice a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>easier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>harder version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the easier version: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the harder version: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard version. Easier: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: ready for the harder version. In the last two weeks you did it on {done} days ({planned} planned), the pain during it stayed at 5/10 or less and settled by the next session. Harder: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: back to the {version}. After the session on {day} your pain went up by 2 points or more and had not settled by the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: back to the {version}, because it hurt on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Stop at once if the pain becomes sharp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop if pain, tingling or numbness spreads down an arm or a leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop if you notice new numbness or weakness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that moves back toward the spine is a good sign; pain that spreads away from it is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you had to stop, keep moving gently for the rest of the day (walking, your usual activities) and try the easier version next time. If the symptoms do not settle within a day, or keep coming back, see a doctor or physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety check from the assessment of {date}, for a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance safety check for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance: screening not finished for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance routine for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pain is new, and began at an age when a doctor should look at it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exercise for now, as its exercises are not safe with: {cautions}; ask a physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on {date} · catalogue {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screening: no red flags reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared to exercise (doctor&apos;s name and signature):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you find no reason against exercise, please sign below; I can then tick in Rebalance that a doctor has cleared me and do the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I would like you to check these signs before I start any exercise programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was advised to get emergency help now; please assess these signs today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was advised to see a doctor today or tomorrow; please assess these signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear doctor,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {date} I answered the safety questions of Rebalance, a self-assessment program for back and neck pain. I answered yes to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because of these answers the program advised: {advice}. It stopped there: no tests were done and no exercises were given. It does not make a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening is not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every safety question must be answered before Rebalance gives exercises. These were not answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested short: to stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested weak: to strengthen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: {tests} (strength of evidence: {grade}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the findings add up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine yet: it comes from the tests you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the {count} exercises on the following pages now, and tick each one off in the four-week log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later, once the routine is easy, add these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out for safety, or still to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stretch (hatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strengthen (dotted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the assessment found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}×/wk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain 0-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the assessment on {date} to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your four-week log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each exercise when you have done it, and write your pain each day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routine: do these now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tests found nothing to stretch or strengthen. Keep active, and repeat the assessment if your pain changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture of the routine could not be drawn, so no PDF was made. Reinstalling Rebalance may mend it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file the printout needs could not be read, so no PDF was made. Reinstalling Rebalance may mend it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printout could not be laid out on the page, so no PDF was made. This is a fault in Rebalance; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise routine from the assessment of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance {version} · printed {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Paper size for printing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a tone when a timed hold starts and stops (assessment and exercises)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>no backup has been made yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {reason}. The file was left untouched. Latest backup: {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be upgraded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is read-only here and needs upgrading by this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of Rebalance (schema {rev}); update Rebalance to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is read-only here ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data folder cannot be written to: it may be read-only, full or disconnected ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is damaged ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database server cannot be reached ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an empty file that Rebalance did not make; move it away to start afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Rebalance database (not an SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Rebalance database (it holds other tables: {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is damaged (SQLite reports: {problem})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>Most of the benefit comes from exercising regularly, whichever exercises you do. The pattern found here is a guide to which exercises to choose, not a diagnosis: many people without pain show the same signs. Stop any exercise that causes sharp pain, pain spreading down an arm or leg, or new numbness or weakness, and seek advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to A&amp;E or call an ambulance now if you get new problems passing urine or controlling your bladder or bowels, numbness between your legs or around your bottom, or weakness in both legs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your pain is not better in 4 to 6 weeks, or it gets worse, see a doctor or physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay active: walking and your normal day help your back; resting in bed does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rests on one weak test only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test was done (each one was marked “I could not do this test”), so nothing was measured and there is no routine yet. When you are able to, choose “Start a new assessment” on the home page and do the tests you can; any you still cannot do can be skipped again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from: {tests}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered yes to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every red-flag question must be answered before the tests. Missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance assessment (catalogue {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening: no red flags reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short or tight (to stretch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak (to strengthen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long (never stretched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routine: do these now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next phase: add these later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cautions: {cautions}. These tests are not advised for you: {tests}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{muscle} ({side}) {state}, but its exercises are not safe for you now ({cautions}): ask a physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tested short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tested weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture hinted at muscles no test checked; these tests would: {tests}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out for safety, or still to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance catalogue {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{test}: measured from a photo with Rebalance. Like every posture sign it hints at which tests to do; it never sets a muscle&apos;s state or an exercise on its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weekly</name>
    <message>
        <source>Exercise and pain, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, % of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the plan done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain (0 = none, 10 = worst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain, the week&apos;s average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier assessment gave no exercises, so there was nothing to do in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both assessments are on the same day: no time to exercise in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercise was logged in the {days} days in between: the exercise log and “Do today&apos;s exercises” fill it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In between ({days} days), exercises were logged on 1 day, in {active} of {weeks} weeks: {percent:g}% of the planned sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In between ({days} days), exercises were logged on {exercised} days, in {active} of {weeks} weeks: {percent:g}% of the planned sessions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strengthen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobilise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold {hold} s, {reps} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reps} repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sets} sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side} side only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
