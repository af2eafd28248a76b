<?php
/**
 * Settings → WCIT letter (administrators): the feed every widget reads when
 * it names none. Empty means the feed bundled with the plugin. Saving a URL
 * runs the host check and shows what it found.
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'admin_init',
	static function () {
		register_setting(
			'wcit_embed',
			WCIT_EMBED_OPTION,
			array(
				'type'              => 'string',
				'default'           => '',
				'sanitize_callback' => 'wcit_embed_sanitize_feed_url',
			)
		);
	}
);

function wcit_embed_sanitize_feed_url( $value ): string {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	if ( ! wcit_embed_safe_url( $value, false ) ) {
		add_settings_error( WCIT_EMBED_OPTION, 'wcit-embed-url', __( 'The feed URL must be a full http: or https: address. The previous value was kept.', 'wcit-embed' ) );
		return (string) get_option( WCIT_EMBED_OPTION, '' );
	}
	// The same request a visitor's browser would make, once, when an administrator saves.
	foreach ( wcit_embed_check_host( $value ) as [ $severity, $topic, $message ] ) {
		add_settings_error( WCIT_EMBED_OPTION, 'wcit-embed-' . sanitize_key( $topic ), $topic . ': ' . $message, 'ok' === $severity ? 'success' : ( 'error' === $severity ? 'error' : 'warning' ) );
	}
	return $value;
}

add_action(
	'admin_menu',
	static function () {
		add_options_page( __( 'WCIT letter', 'wcit-embed' ), __( 'WCIT letter', 'wcit-embed' ), 'manage_options', 'wcit-embed', 'wcit_embed_settings_page' );
	}
);

function wcit_embed_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$value = (string) get_option( WCIT_EMBED_OPTION, '' );
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'WCIT letter', 'wcit-embed' ); ?></h1>
		<form method="post" action="options.php">
			<?php settings_fields( 'wcit_embed' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="wcit-embed-feed-url"><?php esc_html_e( 'Feed URL', 'wcit-embed' ); ?></label></th>
					<td>
						<input type="url" class="regular-text code" id="wcit-embed-feed-url" name="<?php echo esc_attr( WCIT_EMBED_OPTION ); ?>" value="<?php echo esc_attr( $value ); ?>" placeholder="https://example.org/wcit-2012.json">
						<p class="description"><?php esc_html_e( 'The campaign\'s feed, read by every letter, count and button that names no other. Leave it empty for the feed that comes with the plugin (its letter is also in the page\'s HTML, for readers without JavaScript and for search engines). Saving checks that visitors\' browsers can read it.', 'wcit-embed' ); ?></p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
		<h2><?php esc_html_e( 'Using it', 'wcit-embed' ); ?></h2>
		<p><?php esc_html_e( 'Blocks: WCIT letter, WCIT signatories, WCIT sign button. Shortcodes: [wcit_letter], [wcit_signatories compact="1"], [wcit_sign_button show_count="1"]. Pasted <wcit-…> tags work for every role; the plugin adds the script.', 'wcit-embed' ); ?></p>
	</div>
	<?php
}
