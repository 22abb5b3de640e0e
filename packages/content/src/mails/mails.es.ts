import type { MailTexts } from '../content.types.js';

/**
 * EU Login's mails in Spanish (es), in the polite register of an official service.
 * Placeholders: {firstName}, {link}, {minutes} (how long the link stays valid).
 */
export const mailsEs: MailTexts = {
  confirmation: {
    subject: 'Complete su registro en EU Login',
    body: 'Hola, {firstName}:\n\nAlguien, probablemente usted, ha creado una cuenta de EU Login con esta dirección de correo electrónico. Para terminar, abra el enlace siguiente y elija su contraseña:\n\n{link}\n\nEl enlace es válido durante {minutes} minutos. Si ha caducado, vuelva a registrarse.\n\nSi no ha solicitado esto, ignore este mensaje; no se activará ninguna cuenta.\n\nEste es un mensaje de práctica del entrenador de EU Login.',
    linkLabel: 'Elegir mi contraseña',
  },
  reset: {
    subject: 'Restablezca su contraseña de EU Login',
    body: 'Hola, {firstName}:\n\nHemos recibido una solicitud para establecer una nueva contraseña en su cuenta de EU Login. Abra el enlace siguiente para elegirla:\n\n{link}\n\nEl enlace es válido durante {minutes} minutos y solo cuenta la solicitud más reciente.\n\nSi no ha solicitado esto, ignore este mensaje; su contraseña seguirá siendo la misma.\n\nEste es un mensaje de práctica del entrenador de EU Login.',
    linkLabel: 'Establecer una nueva contraseña',
  },
  securityNotice: {
    subject: 'Aviso de seguridad sobre su cuenta de EU Login',
    body: 'Hola, {firstName}:\n\nSe acaban de eliminar todos los dispositivos móviles y todas las eID de su cuenta de EU Login. Ahora puede iniciar sesión con su contraseña y añadir un nuevo dispositivo.\n\nSi no ha sido usted, restablezca su contraseña de inmediato:\n\n{link}\n\nEste es un mensaje de práctica del entrenador de EU Login.',
    linkLabel: 'Restablecer mi contraseña',
  },
  emailChanged: {
    subject: 'Confirme su nueva dirección de correo electrónico de EU Login',
    body: 'Hola, {firstName}:\n\nHa solicitado usar esta dirección en su cuenta de EU Login. Abra el enlace siguiente para confirmarla:\n\n{link}\n\nEl enlace es válido durante {minutes} minutos. Hasta que la confirme, se seguirá usando la dirección anterior.\n\nEste es un mensaje de práctica del entrenador de EU Login.',
    linkLabel: 'Confirmar mi nueva dirección',
  },
};
