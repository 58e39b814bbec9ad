import { describe, expect, it } from "vitest";
import { LexiconSignalDetector } from "../../src/knowledge/index.js";

const detector = LexiconSignalDetector.fromFiles();
const kinds = (text: string) => detector.detect(text).map((s) => s.kind);

describe("signals from the shipped lexicons", () => {
  it.each([
    "my coworker is bleeding a lot, his hand is caught in the machine",
    "동료가 기계에 손이 끼었어요 피가 많이 나요",
    "Tôi muốn chết, không muốn sống nữa",
    "เพื่อนหมดสติ ไม่หายใจ",
    "Муж бьёт меня прямо сейчас",
    // Suicidal words typed informally, abbreviated or romanised.
    "e ko muốn sống nữa",
    "gusto ko na lang mamatay",
    "ayoko ng mabuhay, pagod na ako",
    "im on the bridge and im going to jump",
    "活够了，今晚就结束这一切",
    "hochu umeret",
    "aatmahatya garchu aaja",
    "ukhmeer baina",
    "chong slab",
    // Violence going on now: progressive forms, someone at the door, being followed and scared.
    "夫に叩かれてる",
    "誰かがドアをドンドン叩いてて怖い",
    "a stranger followed me home and hes at my door",
    "có người lạ đi theo em về nhà, em sợ quá",
    "ada orang gedor-gedor pintu kamar, aku takut banget",
    "кто-то пытается вломиться в квартиру",
    // Someone lying motionless or not breathing, also romanised.
    "동료가 쓰러져서 꼼짝 안 해요",
    "hindi siya humihinga",
    "同事摔倒了躺在地上不动",
    "dia nggak napas",
    "phuean mai hai jai",
    "a thet ma shu tot buu",
    // Suicide notes without the word "suicide": last message, apologies, standing on a bridge or roof.
    "this is my last message. tell my mom im sorry",
    "지금 마포대교 위에 있어요",
    "对不起大家，永别",
    "hindi ko na kaya, nasa tulay ako ngayon",
    // Sudden collapse in the heat; a collapsed person who does not answer.
    "ban em nga guc trong nha kinh, goi khong tra loi",
    "ビニールハウスで同僚が倒れて呼んでも返事しない",
    // Bleeding that will not stop, in colloquial, unaccented or hiragana-only forms.
    "darah ga berhenti",
    "血とまらない",
    "ayaw tumigil ng dugo",
    "mau ko cam dc",
    "रगत रोकिँदैन",
    // A whole bottle of sleeping pills, someone who cannot be woken.
    "他吃了一整瓶安眠药",
    "dia minum obat tidur sebotol, ga bisa dibangunin, ngorok aneh",
    // Someone forcing the door now; locked in from outside.
    "ドアガチャガチャされてる",
    "eshikni buzib kirmoqchi",
    "တံခါးကို အတင်းဖွင့်နေတယ်",
    "문이 밖에서 잠겨서 못 나가요",
    "ขังไว้ในห้อง ประตูล็อคจากข้างนอก ออกไม่ได้",
    // Smoke or gas with no way out; a seizure; blue lips.
    "the hallway is full of smoke and i cant go down the stairs",
    "сильный запах газа, кружится голова, не могу стоять",
    "nanginginig buong katawan bumubula bibig",
    "मुखबाट फिँज आइरहेको, आँखा माथि फर्कियो",
    "सास फेर्नु भएको छैन, ओठ निलो",
    // Violence now, also with a threat phrased as a condition.
    "may lalaki sa labas may kutsilyo sumisigaw papatayin daw kami",
    "у него нож, говорит если позвоню в полицию убьет меня",
    "ယောက်ျားက ရိုက်နေတယ် ရေချိုးခန်းထဲ ပုန်းနေတယ်",
    "khasyo chaldai chaina boldai chaina",
    // Despair beside a farewell: a last message, an apology, the children entrusted, a rope, a letter.
    "cant take it anymore... this is my last msg, sorry mom",
    "더는 못 하겠어. 엄마 아빠 미안해",
    "坚持不下去了，孩子就拜托你们了",
    "もう疲れた。家族に手紙を書いた",
    "ko chịu nổi nữa rồi, em đang ở trên cầu",
    "ไม่ไหวแล้ว เขียนจดหมายถึงแม่ไว้แล้ว",
    "pagod na ako sa lahat, alagaan nyo mga anak ko",
    "capek sama semuanya. titip anak anak ya",
    "umidim qolmadi, oilamga xat qoldirdim",
    "не могу больше, позаботьтесь о моих детях",
    "бүх юмнаас залхсан. бүгдэд нь баяртай",
    "aba sakdina, sabailai alvida",
    "អស់សង្ឃឹម ទិញធ្យូងហើយ",
    "မျှော်လင့်ချက်မရှိ ကြိုးဝယ်ထားပြီ",
  ])("flags danger now: %s", (text) => {
    expect(kinds(text)).toContain("emergency");
  });

  it.each([
    "how do I call 119 as a foreigner?",
    "What is the minimum wage in 2026?",
    "high fever since yesterday, which hospital speaks English?",
    "hiring? I want to change my workplace",
    // Fear in a habitual framing, "follow" as coming along to Korea, look-alike words.
    "my husband often hits me and im scared, can I get a divorce visa?",
    "my wife followed me to Korea, now she needs a visa",
    "아내가 한국에 따라왔는데 지금 비자는 어떻게 해요?",
    "ตอนนี้ภรรยาตามผมมาเกาหลี ต้องใช้วีซ่าอะไร",
    "yangi telefon olmoqchiman, ARC kerakmi?",
    "harta tak bergerak untuk orang asing bisa dibeli?",
    "bảo hành điện thoại ở đâu bây giờ",
    "車が動かなくなった、どうしよう",
    "同僚が熱中症で倒れたらどうすればいいですか",
    // A fire or gas leak asked about as a condition, not happening now.
    "if there is a fire in the dorm, what do I do?",
    "if there is a fire in the dorm, does 119 speak English?",
    "if I smell gas what should I do first",
    "가스 냄새가 나면 먼저 뭘 해야 해요?",
    "如果宿舍着火了怎么办",
    "ถ้าได้กลิ่นแก๊สควรทำอะไรก่อน",
    "kalau ada kebakaran di asrama harus bagaimana",
    // Look-alikes of the new cues: a chat message, keys locked inside, a rooftop room.
    "did you get my last message?",
    "sorry, last question: where is the immigration office?",
    "钥匙反锁在屋里了怎么办",
    "ห้องพักอยู่บนดาดฟ้า ร้อนมาก",
  ])("does not raise an alarm or a greeting for an ordinary question: %s", (text) => {
    expect(kinds(text)).not.toContain("emergency");
    expect(kinds(text)).not.toContain("smalltalk");
  });

  it("reads a danger term plus an urgency word as danger now, in any order of phrasing", () => {
    expect(kinds("동료 머리가 깨졌어요 지금 출혈이 심해요")).toContain("emergency");
    expect(kinds("my brother took a lot of pills and wont wake up")).toContain("emergency");
    // An adverb between the blood and the verb ("피를 너무 많이 흘려요") still reads as bleeding.
    expect(kinds("동료가 피를 너무 많이 흘려요")).toContain("emergency");
    expect(kinds("건강검진 때 피를 뽑아야 하나요?")).not.toContain("emergency");
  });

  it("treats a habitual situation without urgency as a question, but never suicidal words", () => {
    expect(kinds("my husband sometimes hits me, is there a shelter for foreign wives?")).not.toContain(
      "emergency",
    );
    expect(kinds("I sometimes think I want to die")).toContain("emergency");
    // A habitual word inside the danger words is not a framing: "一动不动" holds "动不动" (often).
    expect(kinds("有人从脚手架上掉下来了 一动不动")).toContain("emergency");
  });

  it("reads 'what do I do' as urgency that a conditional framing still explains away", () => {
    expect(kinds("smoke coming from downstairs, the hallway is full of it, what do i do")).toContain(
      "emergency",
    );
    expect(kinds("if there is a fire in the dorm, what do I do?")).not.toContain("emergency");
  });

  it("reads the pieces of a farewell as danger only beside despair or 'now'", () => {
    expect(kinds("I'm on the bridge near Hapjeong, which bus goes to the centre?")).not.toContain(
      "emergency",
    );
    expect(kinds("im on the bridge now. i cant go on")).toContain("emergency");
  });

  it("counts fear only beside a real danger", () => {
    expect(kinds("so scared, please help, my visa expires tomorrow")).not.toContain("emergency");
    expect(kinds("무서워요 도와주세요 비자가 내일 만료돼요")).not.toContain("emergency");
    expect(kinds("a stranger followed me home and is banging on my door, I'm so scared")).toContain(
      "emergency",
    );
  });

  it("treats a bare greeting or thanks as small talk, whole words only", () => {
    expect(detector.detect("hi!")).toEqual([
      expect.objectContaining({ kind: "smalltalk", smalltalk: "hello" }),
    ]);
    expect(detector.detect("Salamat po sa tulong!")).toEqual([
      expect.objectContaining({ kind: "smalltalk", smalltalk: "thanks" }),
    ]);
    expect(detector.detect("안녕하세요")).toEqual([
      expect.objectContaining({ kind: "smalltalk", smalltalk: "hello" }),
    ]);
  });

  it.each([
    "thank you so much!! you helped me a lot",
    "got it, thanks a lot for explaining everything",
    "감사합니다!! 덕분에 많이 도움 됐어요",
    "спасибо большое, очень помогли)",
    "cảm ơn ad nhiều nha, em hiểu rồi",
    "ขอบคุณมากค่ะ ช่วยได้เยอะมากเลย",
    "maraming salamat po, malaking tulong po kayo",
    "makasih banyak kak, infonya sangat membantu",
    "katta rahmat, juda katta yordam berdingiz",
    "маш их баярлалаа, их тус боллоо",
    "dherai dhanyabad dai, dherai sahayog bhayo",
    "អរគុណច្រើន ជួយបានច្រើនណាស់",
    "ကျေးဇူးတင်ပါတယ် အရမ်းအကူအညီဖြစ်ပါတယ်",
    "なるほど、よくわかりました。ありがとうございます",
    "明白了，非常感谢你的耐心解答",
  ])("reads thanks with a grateful continuation as small talk: %s", (text) => {
    expect(detector.detect(text)).toEqual([
      expect.objectContaining({ kind: "smalltalk", smalltalk: "thanks" }),
    ]);
  });

  it("reads a closing wish as small talk, but not a request for help or a complaint", () => {
    expect(detector.detect("ok understood. have a good day!")).toEqual([
      expect.objectContaining({ kind: "smalltalk" }),
    ]);
    expect(detector.detect("네 알겠습니다 좋은 하루 되세요")).toEqual([
      expect.objectContaining({ kind: "smalltalk" }),
    ]);
    for (const text of [
      "많은 도움이 필요해요",
      "I haven't understood, can you explain again?",
      "не понял",
      "мне не помогли в больнице",
      "hindi nakatulong",
      "看不懂了 能用中文吗",
      "我想了解一下签证",
      "tushunarli emas",
      "bujhina",
      "cong ty khong tra luong",
    ])
      expect(kinds(text), text).not.toContain("smalltalk");
  });

  it("spots a resident asking for their own case to be judged", () => {
    expect(kinds("my E-7 extension was rejected, can you check my case?")).toContain("personalCase");
    expect(kinds("Aplikasi saya ditolak, bisa dicek kasus saya?")).toContain("personalCase");
  });

  const cue = (text: string) =>
    detector.detect(text).find((s) => s.kind === "personalCase") as { cue: string } | undefined;

  it("names the kind of personal case: broker, pressure to sign, 'do it for me', complaint, threat", () => {
    expect(cue("ပွဲစားက ပိုက်ဆံယူသွားတယ်")?.cue).toBe("broker");
    expect(cue("사장님이 합의서에 사인하래요")?.cue).toBe("pressured");
    expect(cue("老板拖欠工资，能帮我跟他谈谈吗")?.cue).toBe("actForMe");
    expect(cue("तलब नदिए कहाँ उजुरी गर्ने")?.cue).toBe("complaint");
    expect(cue("boss threatens to cancel my visa")?.cue).toBe("threat");
  });

  it.each([
    "could you call my landlord for me? he ignores my messages",
    "pls talk to my sajangnim for me, my korean is bad",
    "사장님한테 전화 좀 해 주실 수 있어요?",
    "계약서 사진 보내드릴게요 한번 봐 주세요",
    "你们能不能打电话给我老板",
    "bên mình liên hệ công ty giúp em được không",
    "ad xem giup em hop dong nay voi",
    "ช่วยคุยกับนายจ้างให้หน่อยได้ไหมคะ",
    "kausapin nyo po si sajang, ayaw nya ibigay sahod ko",
    "kak tolong hubungi majikan saya",
    "xo'jayinimga aytib qo'ying iltimos",
    "можете позвонить моему начальнику?",
    "даргатай маань ярьж өгөөч",
    "साहुलाई फोन गरिदिनुस न",
    "ជួយទាក់ទងម្ចាស់ផ្ទះឲ្យខ្ញុំផង",
    "လဝကမှာ မေးပေးပါ",
    "入管に問い合わせてもらえませんか",
  ])("hears a request to act on the resident's own case: %s", (text) => {
    expect(["actForMe", "reviewMyCase"]).toContain(cue(text)?.cue);
  });

  it.each([
    "what number do I call for unpaid wages?",
    "can you call 119 from a foreign phone?",
    "can you file a complaint anonymously?",
    "does my company do the alien registration for me",
    "보증금 돌려받는 방법",
    "cho em hỏi giúp gia hạn visa ở đâu",
    "harus hubungi siapa kalau gaji telat",
    "拖欠工资应该打什么电话",
    "敷金を返してもらう方法",
  ])("does not read a general question as a personal case: %s", (text) => {
    expect(cue(text)).toBeUndefined();
  });

  it("reads 'how do I avoid being scammed' as advice, not a dispute", () => {
    expect(cue("I was scammed by the landlord")?.cue).toBe("dispute");
    expect(cue("how to avoid getting scammed on a jeonse deposit")).toBeUndefined();
    expect(cue("租房怎么才能不被骗押金")).toBeUndefined();
    expect(cue("จะเช่าห้อง กลัวโดนโกงค่ามัดจำ ต้องเช็คอะไรบ้าง")).toBeUndefined();
  });

  it("reads family words and 'pays for me' as no request to act", () => {
    expect(cue("chi ho em la co dau viet, muon hoc tieng han o dau")).toBeUndefined();
    expect(cue("как проверить что работодатель платит за меня страховки")).toBeUndefined();
    for (const text of ["mero E74 ko point hisab garidinu na", "em gui giay to, chi xem ho em voi"])
      expect(["actForMe", "reviewMyCase"]).toContain(cue(text)?.cue);
  });

  it("puts a request only a person can carry out before a dispute in the same message", () => {
    expect(cue("I was scammed by the landlord, can you call him for me")?.cue).toBe("actForMe");
  });

  it("matches a Korean cue that opens with a one-syllable word only where that word starts", () => {
    expect(cue("제 신청 어떻게 됐는지 확인해 주세요")?.cue).toBe("actForMe");
    expect(cue("E-7 언제 신청해야 돼요?")).toBeUndefined();
  });
});
